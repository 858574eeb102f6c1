// A small JSON emitter for run.json: objects and arrays written in order,
// strings escaped, numbers without the process locale. Not a parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace peercard {

class JsonWriter {
 public:
  // Output is indented by two spaces per level; keys keep their order.
  JsonWriter& BeginObject(std::string_view key = {});
  JsonWriter& EndObject();
  JsonWriter& BeginArray(std::string_view key = {});
  JsonWriter& EndArray();
  JsonWriter& String(std::string_view key, std::string_view value);
  JsonWriter& Number(std::string_view key, double value);  // NaN → null
  JsonWriter& Integer(std::string_view key, long long value);
  JsonWriter& Bool(std::string_view key, bool value);
  // In an array: pass an empty key.
  const std::string& str() const { return out_; }

  static std::string Escape(std::string_view s);

 private:
  void Key(std::string_view key);
  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written yet
};

}  // namespace peercard
