#include "base/json_writer.h"

#include <cmath>

#include <unicode/utf8.h>

#include "base/csv_values.h"

namespace peercard {

std::string JsonWriter::Escape(std::string_view s) {
  std::string out = "\"";
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    const unsigned char c = bytes[i];
    if (c >= 0x80) {
      // Well-formed UTF-8 as it is; a byte that is not (a file name in GBK)
      // as U+FFFD, so that the document stays valid JSON.
      const int32_t start = i;
      UChar32 cp;
      U8_NEXT(bytes, i, length, cp);
      if (cp < 0) {
        out += "\\ufffd";
      } else {
        out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

void JsonWriter::Key(std::string_view key) {
  if (!first_.empty()) {
    if (!first_.back()) out_ += ",";
    first_.back() = false;
    out_ += "\n" + std::string(2 * first_.size(), ' ');
  }
  if (!key.empty()) out_ += Escape(key) + ": ";
}

JsonWriter& JsonWriter::BeginObject(std::string_view key) {
  Key(key);
  out_ += "{";
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) out_ += "\n" + std::string(2 * first_.size(), ' ');
  out_ += "}";
  if (first_.empty()) out_ += "\n";
  return *this;
}

JsonWriter& JsonWriter::BeginArray(std::string_view key) {
  Key(key);
  out_ += "[";
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) out_ += "\n" + std::string(2 * first_.size(), ' ');
  out_ += "]";
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view key, std::string_view value) {
  Key(key);
  out_ += Escape(value);
  return *this;
}

JsonWriter& JsonWriter::Number(std::string_view key, double value) {
  Key(key);
  out_ += std::isfinite(value) ? FormatCsvNumber(value) : "null";
  return *this;
}

JsonWriter& JsonWriter::Integer(std::string_view key, long long value) {
  Key(key);
  out_ += std::to_string(value);
  return *this;
}

JsonWriter& JsonWriter::Bool(std::string_view key, bool value) {
  Key(key);
  out_ += value ? "true" : "false";
  return *this;
}

}  // namespace peercard
