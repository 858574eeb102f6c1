#include <catch2/catch.hpp>

#include <cmath>

#include "base/json_writer.h"

namespace peercard {
namespace {

TEST_CASE("bytes that are not UTF-8 (a GBK file name) are written as U+FFFD: the document stays JSON", "[json]") {
  CHECK(JsonWriter::Escape("c/\xD5\xC5.txt") == "\"c/\\ufffd\\ufffd.txt\"");
  CHECK(JsonWriter::Escape("武威\xFF") == "\"武威\\ufffd\"");
  CHECK(JsonWriter::Escape("\xE6\xAD") == "\"\\ufffd\"");  // a character cut short
}

TEST_CASE("run.json is written in order, escaped, locale-free", "[json]") {
  JsonWriter w;
  w.BeginObject()
      .String("tool", "peercard")
      .Number("mb_per_s", 52.5)
      .Number("missing", std::nan(""))
      .Integer("files", 25)
      .BeginArray("warnings")
      .String("", "a.txt: \"酒泉\"\tline\n")
      .EndArray()
      .BeginObject("empty")
      .EndObject()
      .Bool("ok", true)
      .EndObject();
  CHECK(w.str() ==
        "{\n"
        "  \"tool\": \"peercard\",\n"
        "  \"mb_per_s\": 52.5,\n"
        "  \"missing\": null,\n"
        "  \"files\": 25,\n"
        "  \"warnings\": [\n"
        "    \"a.txt: \\\"酒泉\\\"\\tline\\n\"\n"
        "  ],\n"
        "  \"empty\": {},\n"
        "  \"ok\": true\n"
        "}\n");
}

}  // namespace
}  // namespace peercard
