#include "ingest/ingest.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <random>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "base/text_encoding.h"

namespace peercard {
namespace {

std::string ToGb18030(const std::string& utf8) {
  UErrorCode ec = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 8, '\0');
  const int32_t len = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                   static_cast<int32_t>(utf8.size()), &ec);
  REQUIRE(U_SUCCESS(ec));
  out.resize(len);
  return out;
}

// BOM + UTF-16 code units in the given byte order.
std::string ToUtf16(const std::string& utf8, bool big_endian) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (int32_t i = 0; i < u.length(); ++i) {
    const char16_t unit = u.charAt(i);
    const char hi = static_cast<char>(unit >> 8);
    const char lo = static_cast<char>(unit & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  }
  return out;
}

std::string Repair(const std::string& utf8) {
  OffsetMap map;
  return NormaliseAndRepair(utf8, &map);
}

// The map from NormaliseAndRepair byte by byte, each entry snapped to the
// start of its character in `in` as Document::OriginalIndex does (size
// out.size() + 1).
std::vector<size_t> Snapped(const OffsetMap& map, const std::string& in) {
  std::vector<size_t> out(map.size() + 1);
  for (size_t i = 0; i <= map.size(); ++i) {
    size_t o = map.Lookup(i);
    while (o > 0 && o < in.size() && (static_cast<unsigned char>(in[o]) & 0xC0) == 0x80) --o;
    out[i] = o;
  }
  return out;
}

std::string ErrorOf(std::string_view bytes) {
  const Result<Document> doc = IngestBytes(bytes, "reports/bad.txt");
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == Status::Code::kInvalidArgument);
  return doc.status().message();
}

// The map is non-decreasing, ends at original.size() and every entry is a
// character boundary of `original`. Returns the first text index that breaks
// this, or text.size() + 1 if none does (one CHECK, not one per byte).
size_t FirstBadMapEntry(const Document& doc) {
  if (doc.text_to_original.size() != doc.text.size()) return 0;
  if (doc.OriginalIndex(doc.text.size()) != doc.original.size()) return doc.text.size();
  for (size_t i = 0; i < doc.text.size(); ++i) {
    const size_t o = doc.OriginalIndex(i);
    if (o > doc.OriginalIndex(i + 1) || o >= doc.original.size() ||
        (static_cast<unsigned char>(doc.original[o]) & 0xC0) == 0x80) {
      return i;
    }
  }
  return doc.text.size() + 1;
}

void CheckMap(const Document& doc) { CHECK(FirstBadMapEntry(doc) == doc.text.size() + 1); }

const std::string kSentence = "2023年，市政协围绕中心工作开展专题协商12次，提出意见建议86条。";

}  // namespace

TEST_CASE("encoding names", "[ingest]") {
  CHECK(EncodingName(Encoding::kUtf8) == "UTF-8");
  CHECK(EncodingName(Encoding::kUtf8Bom) == "UTF-8 with BOM");
  CHECK(EncodingName(Encoding::kUtf16Le) == "UTF-16LE");
  CHECK(EncodingName(Encoding::kUtf16Be) == "UTF-16BE");
  CHECK(EncodingName(Encoding::kGb18030) == "GB18030");
}

TEST_CASE("UTF-8 without a BOM is kept byte for byte", "[ingest]") {
  const auto doc = IngestBytes(kSentence, "reports/a.txt");
  REQUIRE(doc.ok());
  CHECK(doc->name == "reports/a.txt");
  CHECK(doc->encoding == Encoding::kUtf8);
  CHECK(doc->original == kSentence);
  CHECK(doc->bom_bytes == 0);
  CHECK(doc->original_to_file.size() == 0);
  CHECK(doc->text == "2023年,市政协围绕中心工作开展专题协商12次,提出意见建议86条。");
  const size_t at = kSentence.find("12次");
  CHECK(doc->FileOffset(at) == static_cast<long>(at));
  CHECK(doc->LineOf(at) == 1);
  CheckMap(*doc);
}

TEST_CASE("UTF-8 with a BOM: the BOM is dropped and offsets shift by 3", "[ingest]") {
  const auto doc = IngestBytes("\xEF\xBB\xBF" + kSentence, "a.txt");
  REQUIRE(doc.ok());
  CHECK(doc->encoding == Encoding::kUtf8Bom);
  CHECK(doc->original == kSentence);
  CHECK(doc->bom_bytes == 3);
  CHECK(doc->original_to_file.size() == 0);
  const size_t at = kSentence.find("86条");
  CHECK(doc->FileOffset(at) == static_cast<long>(at + 3));
  CHECK(doc->FileOffset(0) == 3);
}

TEST_CASE("UTF-16 with a BOM, both byte orders, with a surrogate pair", "[ingest]") {
  // 𠀀 (U+20000) is two UTF-16 units and four UTF-8 bytes.
  const std::string utf8 = "委员𠀀提交提案\n共35件";
  for (const bool big_endian : {false, true}) {
    const auto doc = IngestBytes(ToUtf16(utf8, big_endian), "u16.txt");
    REQUIRE(doc.ok());
    CHECK(doc->encoding == (big_endian ? Encoding::kUtf16Be : Encoding::kUtf16Le));
    CHECK(doc->bom_bytes == 2);
    CHECK(doc->original == utf8);
    REQUIRE(doc->original_to_file.size() == utf8.size());
    // 委 员 are units 0-1, 𠀀 units 2-3, 提 unit 4: file offset 2 + 2 * 4.
    CHECK(doc->FileOffset(utf8.find("提")) == 10);
    CHECK(doc->FileOffset(utf8.find("𠀀") + 2) == 6);  // inside the character: its start
    // "35" follows 委员𠀀提交提案\n共 = 10 units.
    CHECK(doc->FileOffset(utf8.find("35")) == 22);
    CHECK(doc->LineOf(utf8.find("35")) == 2);
    CHECK(doc->FileOffset(utf8.size()) == 2 + 2 * 13);
  }
}

TEST_CASE("GB18030 is decoded and offsets point into the GB18030 bytes", "[ingest]") {
  // Two-byte Han, one-byte ASCII, full-width digits (A3B0..) and a four-byte
  // character (U+20000).
  const std::string utf8 = "政协委员全年提交提案１２８件，\n其中𠀀立案95件。";
  const std::string gb = ToGb18030(utf8);
  const auto doc = IngestBytes(gb, "gbk.txt");
  REQUIRE(doc.ok());
  CHECK(doc->encoding == Encoding::kGb18030);
  CHECK(doc->bom_bytes == 0);
  CHECK(doc->original == utf8);
  for (const char* piece : {"提案", "１２８", "\n", "其中", "𠀀", "立案", "95", "。"}) {
    const size_t at = utf8.find(piece);
    CHECK(doc->FileOffset(at) == static_cast<long>(ToGb18030(utf8.substr(0, at)).size()));
  }
  CHECK(doc->FileOffset(utf8.size()) == static_cast<long>(gb.size()));
  // One run per change of character width, not an entry per byte: 政…，
  // (three UTF-8 bytes from two, full-width digits and comma included), \n,
  // 其中, 𠀀 (four from four), 立案, 95, 件。
  CHECK(doc->original_to_file.runs() == 7);
  CHECK(doc->LineOf(utf8.find("95")) == 2);
  // NFKC folded the full-width digits; the text still leads back to the file.
  const size_t t = doc->text.find("128件");
  REQUIRE(t != std::string::npos);
  const size_t o = doc->OriginalIndex(t + 1);  // the '2'
  CHECK(doc->original.substr(o, 3) == "２");
  CHECK(doc->FileOffset(o) == static_cast<long>(ToGb18030("政协委员全年提交提案１").size()));
  CheckMap(*doc);
}

TEST_CASE("a truncated GB18030 file is an error, not a replacement character", "[ingest]") {
  // 20 bytes of GB18030; cutting the last character leaves its lead byte 0xBC.
  const std::string gb = ToGb18030("政协委员提交提案58件");
  REQUIRE(gb.size() == 20);
  CHECK(ErrorOf(gb.substr(0, 19)) == "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 18)");
  // A bad trail byte in the middle: 0xD5 followed by a space.
  CHECK(ErrorOf(gb.substr(0, 6) + "\xD5 " + gb.substr(6)) ==
        "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 6)");
}

TEST_CASE("empty, binary and undecodable files", "[ingest]") {
  CHECK(ErrorOf("") == "reports/bad.txt: empty file");
  CHECK(ErrorOf("\xEF\xBB\xBF") == "reports/bad.txt: empty file");
  CHECK(ErrorOf("\xEF\xBB\xBF \r\n\t\xE3\x80\x80\n") == "reports/bad.txt: empty file");
  CHECK(ErrorOf(" \n\n ") == "reports/bad.txt: empty file");
  CHECK(ErrorOf("\xFF\xFE") == "reports/bad.txt: empty file");
  CHECK(ErrorOf(ToUtf16("\xE3\x80\x80 \n", true)) == "reports/bad.txt: empty file");

  CHECK(ErrorOf(std::string("PK\x03\x04\0\0\x14", 7)) == "reports/bad.txt: binary file (NUL bytes)");
  CHECK(ErrorOf(std::string("委员\0", 7)) == "reports/bad.txt: binary file (NUL bytes)");
  CHECK(ErrorOf(std::string("\xFF\xFE\x41\x00\x00\x00", 6)) == "reports/bad.txt: binary file (NUL bytes)");

  // 0x80 and 0xFF are neither UTF-8 nor GB18030.
  CHECK(ErrorOf("\x80" "abc") == "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 0)");
  CHECK(ErrorOf("协商abc\xFF") == "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 9)");
  // With a UTF-8 BOM the file must be UTF-8; the offset counts the BOM.
  CHECK(ErrorOf("\xEF\xBB\xBF" "ab\xC0\xAF") == "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 5)");
  // UTF-16: an odd byte count, and a lone high surrogate (D83D) before 'A'.
  CHECK(ErrorOf(std::string("\xFF\xFE\x41\x00\x42", 5)) ==
        "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 4)");
  CHECK(ErrorOf(std::string("\xFF\xFE\x41\x00\x3D\xD8\x41\x00", 8)) ==
        "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 4)");
  CHECK(ErrorOf(std::string("\xFE\xFF\x00\x41\xDC\x00", 6)) ==
        "reports/bad.txt: not valid UTF-8, UTF-16 or GB18030 (byte 4)");  // lone low surrogate
}

TEST_CASE("FirstInvalidUtf8 follows Unicode table 3-7", "[ingest]") {
  struct Case {
    std::string bytes;
    size_t first_invalid;
  };
  const std::vector<Case> cases = {
      {"", 0},
      {"plain ascii text, long enough for the fast path", 47},
      {"协商", 6},
      {"\xF0\x9F\x98\x80", 4},      // U+1F600
      {"\xF4\x8F\xBF\xBF", 4},      // U+10FFFF
      {"ab\xC0\x80", 2},            // overlong NUL
      {"ab\xE0\x80\xAF", 2},        // overlong '/'
      {"ab\xED\xA0\x80", 2},        // surrogate D800
      {"ab\xF4\x90\x80\x80", 2},    // above U+10FFFF
      {"ab\xE4\xB8", 2},            // cut by the end
      {"ab\xE4\xB8" "c", 2},        // cut by ASCII
      {"abcdefghij\x80", 10},       // continuation without a lead
      {"\xC3\xA9\xF8", 2},          // 0xF8 never appears
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    CHECK(FirstInvalidUtf8(c.bytes) == c.first_invalid);
  }
}

TEST_CASE("NFKC folds full-width digits and keeps the map", "[ingest]") {
  const std::string in = "开展协商活动２２８９场次，参与委员１２０人次。";
  OffsetMap raw;
  const std::string out = NormaliseAndRepair(in, &raw);
  const std::vector<size_t> map = Snapped(raw, in);
  CHECK(out == "开展协商活动2289场次,参与委员120人次。");
  REQUIRE(map.size() == out.size() + 1);
  const size_t two = out.find("2289");
  for (size_t k = 0; k < 4; ++k) CHECK(map[two + k] == in.find("２") + 3 * k);  // each digit its own segment
  CHECK(map[out.find(",")] == in.find("，"));
  CHECK(map[out.find("场次")] == in.find("场次"));
  CHECK(map[out.size()] == in.size());
  // Compatibility forms: the ideographic space and ….
  CHECK(Repair("委员　履职。") == "委员履职。");
  CHECK(Repair("持续推进……") == "持续推进......");
}

TEST_CASE("the NFKC fast path gives exactly ICU's NFKC", "[ingest]") {
  // Every BMP character, after letters it could combine with, before
  // combining marks, and around full-width forms, in blocks of 256. Characters
  // whose NFKC holds whitespace are left out: layout repair would change them.
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  REQUIRE(U_SUCCESS(ec));
  auto icu_nfkc = [&](const std::string& utf8) {
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode e = U_ZERO_ERROR;
    nfkc->normalizeUTF8(0, utf8, sink, nullptr, e);
    if (U_FAILURE(e)) FAIL(u_errorName(e));
    return out;
  };
  auto utf8_of = [](UChar32 c) {
    std::string s;
    icu::UnicodeString(c).toUTF8String(s);
    return s;
  };
  std::vector<UChar32> extra = {0x20000, 0x2F800, 0x1D400, 0x1F600, 0x1F100};
  int mismatches = 0;
  for (UChar32 block = 0; block < 0x10000 + 0x100; block += 0x100) {
    std::string in;
    for (UChar32 c = block; c < block + 0x100; ++c) {
      const UChar32 cp = c < 0x10000 ? c : extra[static_cast<size_t>(c - 0x10000) % extra.size()];
      if (U_IS_SURROGATE(cp)) continue;
      const std::string ch = utf8_of(cp);
      const std::string folded = icu_nfkc(ch);
      if (folded.find_first_of(std::string(" \t\n\r\f\v\0", 7)) != std::string::npos) continue;
      in += "e" + ch + "\xEF\xBC\xA1" + ch + "\xCC\x81" + "\xEF\xBD\xB6" + ch + "\xEF\xBE\x9E" + "中" + ch + "，";
    }
    OffsetMap raw;
    const std::string got = NormaliseAndRepair(in, &raw);
    const std::vector<size_t> map = Snapped(raw, in);
    if (got != icu_nfkc(in)) {
      ++mismatches;
      INFO("block U+" << std::hex << block);
      CHECK(got == icu_nfkc(in));
    }
    REQUIRE(map.size() == got.size() + 1);
    for (size_t i = 0; i + 1 < map.size(); ++i) {
      if (map[i] > map[i + 1] || map[i] >= in.size() || (static_cast<unsigned char>(in[map[i]]) & 0xC0) == 0x80) {
        FAIL("bad map entry " << i << " in block U+" << std::hex << block);
      }
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("repair only removes whitespace, on random report-like text", "[ingest]") {
  // Pieces that exercise every rule, NFKC segments and markers; fixed seed.
  const std::vector<std::string> pieces = {
      "委员", "协商", "活动", "，", "。", "、", "：", "；", "！", "“", "”", "（", "）", "《", "》", "\n", "\n\n",
      "\n\n\n", " ", "  ", "\t", "　", "\r\n", "\r", "２", "8", "12", "一、", "(一)", "（二）", "▲", "——", "1、",
      "e", "\xCC\x81", "…", "Ａ", "ｶ", "ﾞ", "%", "㍿", "PPT", ",", ".", "\f", "𠀀"};
  std::mt19937 rng(20240607);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  auto strip = [](std::string t) {
    const auto blank = [](char c) { return std::string_view(" \t\n\r\f\v").find(c) != std::string_view::npos; };
    t.erase(std::remove_if(t.begin(), t.end(), blank), t.end());
    return t;
  };
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  REQUIRE(U_SUCCESS(ec));
  int bad = 0;
  for (int round = 0; round < 3000 && bad < 5; ++round) {
    std::string in;
    for (int k = 0; k < 40; ++k) in += pieces[pick(rng)];
    OffsetMap raw;
    const std::string out = NormaliseAndRepair(in, &raw);
    const std::vector<size_t> map = Snapped(raw, in);
    std::string folded;
    icu::StringByteSink<std::string> sink(&folded);
    nfkc->normalizeUTF8(0, in, sink, nullptr, ec);
    bool ok = strip(out) == strip(folded) && out.find('\r') == std::string::npos && map.size() == out.size() + 1 &&
              map.back() == in.size();
    for (size_t i = 0; ok && i < out.size(); ++i) {
      ok = map[i] <= map[i + 1] && map[i] < in.size() && (static_cast<unsigned char>(in[map[i]]) & 0xC0) != 0x80;
    }
    if (!ok) {
      ++bad;
      INFO("input: " << in);
      CHECK(out == folded);
    }
  }
  CHECK(bad == 0);
}

TEST_CASE("random bytes never crash ingest", "[ingest]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  const std::string seeds[] = {"", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", "\x84\x31\x95\x33"};
  int decoded = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string bytes = seeds[round % 5];
    const int len = round % 61;
    for (int k = 0; k < len; ++k) {
      const int b = byte(rng);
      bytes += static_cast<char>(b == 0 ? ' ' : b);  // NULs would only test the NUL check
    }
    const auto doc = IngestBytes(bytes, "r.txt");
    if (!doc.ok()) {
      CHECK(doc.status().message().rfind("r.txt: ", 0) == 0);
      continue;
    }
    ++decoded;
    CHECK(FirstBadMapEntry(*doc) == doc->text.size() + 1);
    CHECK(doc->FileOffset(doc->original.size()) == static_cast<long>(bytes.size()));
  }
  CHECK(decoded > 100);
}

TEST_CASE("rule 1: a single line break inside a sentence is removed", "[ingest]") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      // Han | Han, with the number's stray spaces.
      {"各专委会共组织委员参加界别协商活\n动 86 次，形成报告15篇。", "各专委会共组织委员参加界别协商活动86次,形成报告15篇。"},
      // after ，、：“（ and their NFKC forms; spaces and tabs around the break.
      {"全年共收到提案312件， \n  立案286件。", "全年共收到提案312件,立案286件。"},
      {"视察调研、\n专题协商", "视察调研、专题协商"},
      {"主要做法：\n\t强化引领", "主要做法:强化引领"},
      {"开展“\n请你来协商”活动", "开展“请你来协商”活动"},
      {"组织委员（\n含特邀）", "组织委员(含特邀)"},
      // digit | Han, Han | digit, Han | punctuation.
      {"共征集意见建议1350\n条", "共征集意见建议1350条"},
      {"累计投入资金\n1200万元", "累计投入资金1200万元"},
      {"打造“委员之家\n”品牌", "打造“委员之家”品牌"},
      {"办复率\n100%", "办复率100%"},
      // a closing mark that does not end a sentence
      {"以“书香委员”带动“书香机关”\n建设。", "以“书香委员”带动“书香机关”建设。"},
      {"满意率达到96%\n以上。", "满意率达到96%以上。"},
      // "\r\n" and "\r" are line breaks too
      {"协商\r\n议政", "协商议政"},
      {"协商\r议政", "协商议政"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Repair(c.in) == c.out);
  }
}

TEST_CASE("rule 1: line breaks that stay", "[ingest]") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      // a final mark ends the paragraph
      {"全年召开常委会议6次。\n主席会议12次。", "全年召开常委会议6次。\n主席会议12次。"},
      {"奋进新征程！\n建功新时代？\n是的；\n好", "奋进新征程!\n建功新时代?\n是的;\n好"},
      {"他说：“要多协商。”\n委员们表示赞同。", "他说:“要多协商。”\n委员们表示赞同。"},
      {"还在继续……\n下一段", "还在继续......\n下一段"},
      // list markers start a line of their own
      {"主要做法如下：\n一、强化思想引领", "主要做法如下:\n一、强化思想引领"},
      {"主要做法如下：\n（二）深化协商", "主要做法如下:\n(二)深化协商"},
      {"主要做法如下：\n(3)完善机制", "主要做法如下:\n(3)完善机制"},
      {"主要做法如下：\n12、完善机制", "主要做法如下:\n12、完善机制"},
      {"主要做法如下：\n2. 完善机制", "主要做法如下:\n2.完善机制"},
      {"委员视察重点项目\n▲ 委员座谈", "委员视察重点项目\n▲ 委员座谈"},
      {"坚持五个必须\n——必须坚持党的领导", "坚持五个必须\n——必须坚持党的领导"},
      // two numbers are not glued together (a table column)
      {"2022\n2023", "2022\n2023"},
      // Latin on either side
      {"通过APP\n办理", "通过APP\n办理"},
      {"开通\nWeChat", "开通\nWeChat"},
      // a decimal after a break is not a marker: the line is joined
      {"同比增长\n1.5倍", "同比增长1.5倍"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Repair(c.in) == c.out);
  }
}

TEST_CASE("rule 1: a hard-wrapped column is joined, captions and split numbers included", "[ingest]") {
  // Every line is cut at about 21 characters; the caption line is full too.
  const std::string column =
      "市政协坚持把协商议政作为履职的重点，全年围\n"
      "绕优化营商环境、推进乡村振兴等议题开展专\n"
      "题协商，组织委员深入基层，推动解决实际问题8\n"
      "6件。\n"
      "\n"
      "▲ 市政协主席带领调研组在东山县开展乡村振兴\n"
      "专题调研。\n";
  CHECK(Repair(column) ==
        "市政协坚持把协商议政作为履职的重点,全年围绕优化营商环境、推进乡村振兴等议题开展专题协商,"
        "组织委员深入基层,推动解决实际问题86件。\n\n"
        "▲ 市政协主席带领调研组在东山县开展乡村振兴专题调研。\n");
}

TEST_CASE("rule 1: titles and speaker lines keep their line", "[ingest]") {
  // One paragraph per line: a title is not cut by a page width.
  CHECK(Repair("——东山县政协2023年工作综述\n"
               "全年开展各类协商活动320场次，提出意见建议560条，推动解决群众关心的问题180件。\n") ==
        "——东山县政协2023年工作综述\n"
        "全年开展各类协商活动320场次,提出意见建议560条,推动解决群众关心的问题180件。\n");
  // The speaker line stays apart; the headings before it are not told from
  // a line cut mid-word ("基层协商活\n动") and are joined.
  CHECK(Repair("强化责任担当 推动履职提质\n"
               "王某\n"
               "（东山县政协党组书记、主席）\n"
               "东山县政协组织委员深入乡镇开展协商议事活动，全年协商议事120场。\n") ==
        "强化责任担当推动履职提质王某\n"
        "(东山县政协党组书记、主席)\n"
        "东山县政协组织委员深入乡镇开展协商议事活动,全年协商议事120场。\n");
  // A speaker line is its own line even in two lines of text.
  CHECK(Repair("（西川区政协党组书记、主席）\n西川区政协开展协商活动45场。") ==
        "(西川区政协党组书记、主席)\n西川区政协开展协商活动45场。");
}

TEST_CASE("rule 2: a blank line inside a sentence is removed", "[ingest]") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      // A sentence ended inside the line, the line runs on.
      {"凝聚共识，汇聚力量。市政协始终把服务基层群众作为重\n\n要任务，持续推进。",
       "凝聚共识,汇聚力量。市政协始终把服务基层群众作为重要任务,持续推进。"},
      // The line ends with a comma or 、.
      {"全年提出意见建议48条，\n\n为党政决策提供参考。", "全年提出意见建议48条,为党政决策提供参考。"},
      {"坚持以人民为中心，积极践行有事多商量、\n\n\n遇事好商量的理念。", "坚持以人民为中心,积极践行有事多商量、遇事好商量的理念。"},
      // A hard-wrapped paragraph (its line breaks were removed) with a blank line in it.
      {"围绕乡村振兴开展专题调研，推动解决一批\n实际问题，助力农民增收致\n\n富。", "围绕乡村振兴开展专题调研,推动解决一批实际问题,助力农民增收致富。"},
      // A long comma-only line.
      {"围绕优化营商环境，组织委员深入企业开展走访调\n\n研。", "围绕优化营商环境,组织委员深入企业开展走访调研。"},
      // A list item that starts with a dash is running text too.
      {"——全体委员积极投身疫情防控，医疗卫生界委员坚守\n\n一线，日夜奋战。",
       "——全体委员积极投身疫情防控,医疗卫生界委员坚守一线,日夜奋战。"},
      // The next line opens with a quote.
      {"围绕“提升城市品质”，“推动产业转型升级”\n\n“守护绿水青山”等开展专题协商。",
       "围绕“提升城市品质”,“推动产业转型升级”“守护绿水青山”等开展专题协商。"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Repair(c.in) == c.out);
  }
}

TEST_CASE("rule 2: blank lines that stay", "[ingest]") {
  const std::vector<std::string> kept = {
      // a heading without sentence punctuation (and its spaces go)
      "强化政治引领\n\n市政协坚持把党的领导贯穿履职全过程。",
      "聚焦中心大局 助推高质量发展\n\n市政协紧扣发展所需。",
      // 、 alone does not make running text
      "深化“协商、监督、参政”的履职实践\n\n市政协坚持。",
      // a short comma heading, a numbered heading, a speaker line
      "抓协商，促发展\n\n市政协坚持。",
      "二、聚焦中心大局，提升协商质效，在助推发展上展现新作为\n\n市政协坚持。",
      "（某市政协党组书记，主席）\n\n市政协坚持。",
      // the line ends a sentence
      "全年开展协商9次。\n\n市政协坚持。",
      // the next line is a heading: no sentence punctuation, a blank line after
      "6月12日，市政协组织委员视察重点项目建设情况\n\n\n提升履职能力 凝聚奋进力量\n\n市政协坚持。",
      // the next line starts with a digit or a marker
      "市政协组织委员深入企业开展走访，共走访企业\n\n120家。",
      "市政协组织委员深入企业开展走访，共走访企业\n\n一、强化引领",
  };
  for (const std::string& in : kept) {
    INFO(in);
    const std::string out = Repair(in);
    CHECK(out.find("\n\n") != std::string::npos);
  }
  CHECK(Repair("聚焦中心大局 助推高质量发展\n\n市政协紧扣发展所需。") ==
        "聚焦中心大局助推高质量发展\n\n市政协紧扣发展所需。");
}

TEST_CASE("rule 3: stray spaces next to Chinese text are removed", "[ingest]") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"坚持以 人民为中心", "坚持以人民为中心"},
      {"设立首批 18 个委员工作站", "设立首批18个委员工作站"},
      {"募集善款 356万元", "募集善款356万元"},
      {"满意率 96%以上", "满意率96%以上"},
      {"委员\t \t履职", "委员履职"},
      {"“ 两个维护 ”", "“两个维护”"},
      {"形成报告 ，提交", "形成报告,提交"},
      {"委员　　履职", "委员履职"},  // U+3000 is a space after NFKC
      // kept: between digits, between Latin words, Latin next to Han
      {"2022 2023", "2022 2023"},
      {"1 200", "1 200"},
      {"Word Art", "Word Art"},
      {"通过 PPT 汇报", "通过 PPT 汇报"},
      {"线上 VR 展厅", "线上 VR 展厅"},
      // spaces at the start and end of the text stay
      {"  委员 ", "  委员 "},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Repair(c.in) == c.out);
  }
}

TEST_CASE("the map leads from repaired text to the original line and byte", "[ingest]") {
  const std::string file =
      "\xEF\xBB\xBF"
      "凝心聚力 建言献策\r\n"
      "\r\n"
      "全年组织委员参加界别协商活\r\n"
      "动 110 余次，开展视察 ２４ 次。\r\n";
  const auto doc = IngestBytes(file, "reports/b.txt");
  REQUIRE(doc.ok());
  CHECK(doc->text == "凝心聚力建言献策\n\n全年组织委员参加界别协商活动110余次,开展视察24次。\n");
  CheckMap(*doc);

  const size_t t110 = doc->text.find("110");
  const size_t o110 = doc->OriginalIndex(t110);
  CHECK(doc->original.substr(o110, 3) == "110");
  CHECK(doc->LineOf(o110) == 4);
  CHECK(doc->FileOffset(o110) == static_cast<long>(file.find("110")));
  // Every byte of "110" maps to its own byte.
  CHECK(doc->OriginalIndex(t110 + 2) == o110 + 2);
  // The '动' after the removed break is on line 4, the '活' before it on line 3.
  CHECK(doc->LineOf(doc->OriginalIndex(doc->text.find("动"))) == 4);
  CHECK(doc->LineOf(doc->OriginalIndex(doc->text.find("活"))) == 3);
  // The folded "24" leads to the full-width '２' on line 4.
  const size_t o24 = doc->OriginalIndex(doc->text.find("24"));
  CHECK(doc->original.substr(o24, 3) == "２");
  CHECK(doc->FileOffset(o24) == static_cast<long>(file.find("２")));
  // "\r\n" became '\n', which maps to the '\r'.
  CHECK(doc->original[doc->OriginalIndex(doc->text.find('\n'))] == '\r');
  CHECK(doc->LineOf(0) == 1);
  CHECK(doc->LineOf(doc->original.size()) == 5);
}

TEST_CASE("IngestFile reads a file and names a missing one", "[ingest]") {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string path = (dir / "peercard_ingest_test.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << ToGb18030(kSentence);
  }
  const auto doc = IngestFile(path, "corpus/a.txt");
  std::filesystem::remove(path);
  REQUIRE(doc.ok());
  CHECK(doc->name == "corpus/a.txt");
  CHECK(doc->encoding == Encoding::kGb18030);
  CHECK(doc->original == kSentence);

  const std::string missing = (dir / "peercard_no_such_file.txt").string();
  const auto none = IngestFile(missing, "corpus/b.txt");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().code() == Status::Code::kNotFound);
  CHECK(none.status().message() == missing + ": no such file");
}

TEST_CASE("ingest runs on several threads at once", "[ingest]") {
  const std::string gb = ToGb18030("委员履职能力提升培训班共举办3期，\n培训委员210人次。");
  std::vector<std::string> texts(4);
  std::vector<std::thread> threads;
  for (auto& t : texts) {
    threads.emplace_back([&gb, &t] {
      for (int i = 0; i < 50; ++i) t = IngestBytes(gb, "t.txt")->text;
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& t : texts) CHECK(t == "委员履职能力提升培训班共举办3期,培训委员210人次。");
}

TEST_CASE("a 50 MB file ingests", "[ingest]") {
  const std::string paragraph =
      "一、强化政治引领\n\n"
      "市政协坚持把党的领导贯穿履职全过程，全年开展专题协商１２次、对口协商\n"
      "8次，组织委员视察调研 45 次，提出意见建议 260 余条。围绕优化营商环\n\n"
      "境开展民主监督，推动解决问题 37 个。\r\n";
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += paragraph;
  const auto doc = IngestBytes(big, "big.txt");
  REQUIRE(doc.ok());
  CHECK(doc->encoding == Encoding::kUtf8);
  CHECK(doc->original.size() == big.size());
  const std::string repaired =
      "一、强化政治引领\n\n"
      "市政协坚持把党的领导贯穿履职全过程,全年开展专题协商12次、对口协商8次,组织委员视察调研45次,"
      "提出意见建议260余条。围绕优化营商环境开展民主监督,推动解决问题37个。\n";
  CHECK(doc->text.compare(0, repaired.size(), repaired) == 0);
  CHECK(doc->text.size() == big.size() / paragraph.size() * repaired.size());
  CHECK(doc->line_starts.size() == big.size() / paragraph.size() * 6 + 1);
  CheckMap(*doc);
  // The map holds a run per changed span: each paragraph changes at most 17
  // spans (four commas, two full-width digits, seven blanks, three line breaks,
  // the "\r\n"), so at most 12 × 17 bytes for its 233 bytes of text, where a
  // byte per byte map held 4 × 233.
  const OffsetMap& map = doc->text_to_original;
  const size_t paragraphs = big.size() / paragraph.size() + 1;
  CHECK(map.runs() <= paragraphs * 17);
  CHECK(map.MemoryBytes() < doc->text.size());
}

}  // namespace peercard
