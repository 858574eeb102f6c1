#include "ingest/docx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <memory>

namespace peercard {

namespace {

struct ZipClose {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

// The largest document.xml read (a report is well under this).
constexpr zip_uint64_t kMaxXmlBytes = 256u << 20;

bool Is(const xmlNode* n, const char* local) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(local)) == 0;
}

// Appends the text of a run container (a paragraph or anything inside one).
void AppendRuns(const xmlNode* node, std::string* out) {
  for (const xmlNode* n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (Is(n, "t")) {
      xmlChar* s = xmlNodeGetContent(n);
      if (s) *out += reinterpret_cast<const char*>(s);
      xmlFree(s);
    } else if (Is(n, "tab")) {
      *out += '\t';
    } else if (Is(n, "br") || Is(n, "cr")) {
      *out += ' ';  // a line break inside a paragraph: the paragraph stays one line
    } else if (Is(n, "del") || Is(n, "delText") || Is(n, "instrText") || Is(n, "pPr") || Is(n, "rPr")) {
      continue;  // deleted text, field codes, formatting
    } else {
      AppendRuns(n, out);  // r, ins, hyperlink, smartTag, sdt/sdtContent, fldSimple …
    }
  }
}

void AppendLine(std::string line, std::string* out) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
  size_t b = 0;
  while (b < line.size() && (line[b] == ' ' || line[b] == '\t')) ++b;
  if (b == line.size()) return;
  *out += line.substr(b);
  *out += '\n';
}

void AppendBlocks(const xmlNode* node, std::string* out);

// One line per table row: each cell's paragraphs joined by a space, cells
// joined by a tab.
void AppendTable(const xmlNode* tbl, std::string* out) {
  for (const xmlNode* tr = tbl->children; tr; tr = tr->next) {
    if (!Is(tr, "tr")) continue;
    std::string row;
    bool first_cell = true;
    for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
      if (!Is(tc, "tc")) continue;
      std::string cell;
      for (const xmlNode* p = tc->children; p; p = p->next) {
        if (!Is(p, "p")) continue;
        std::string para;
        AppendRuns(p, &para);
        if (!para.empty()) cell += (cell.empty() ? "" : " ") + para;
      }
      row += (first_cell ? "" : "\t") + cell;
      first_cell = false;
    }
    AppendLine(std::move(row), out);
  }
}

void AppendBlocks(const xmlNode* node, std::string* out) {
  for (const xmlNode* n = node->children; n; n = n->next) {
    if (Is(n, "p")) {
      std::string para;
      AppendRuns(n, &para);
      AppendLine(std::move(para), out);
    } else if (Is(n, "tbl")) {
      AppendTable(n, out);
    } else if (Is(n, "sdt") || Is(n, "sdtContent") || Is(n, "customXml") || Is(n, "body")) {
      AppendBlocks(n, out);
    }
  }
}

}  // namespace

Result<std::string> ReadDocxText(std::string_view bytes, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return Status::InvalidArgument(name + ": not a .docx (cannot read it as a zip file)");
  std::unique_ptr<zip_t, ZipClose> zip(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!zip) {
    zip_source_free(source);
    zip_error_fini(&error);
    return Status::InvalidArgument(name + ": not a .docx (not a zip file)");
  }
  zip_error_fini(&error);
  zip_stat_t st;
  if (zip_stat(zip.get(), "word/document.xml", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    return Status::InvalidArgument(name + ": not a .docx (no word/document.xml inside)");
  }
  if (st.size > kMaxXmlBytes) return Status::InvalidArgument(name + ": word/document.xml is larger than 256 MiB");
  std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen(zip.get(), "word/document.xml", 0));
  if (!file) return Status::InvalidArgument(name + ": cannot open word/document.xml (damaged or encrypted)");
  std::string xml(static_cast<size_t>(st.size), '\0');
  zip_int64_t got = 0;
  while (static_cast<zip_uint64_t>(got) < st.size) {
    const zip_int64_t n = zip_fread(file.get(), xml.data() + got, st.size - got);
    if (n <= 0) break;
    got += n;
  }
  if (static_cast<zip_uint64_t>(got) != st.size) {
    return Status::InvalidArgument(name + ": word/document.xml is truncated or damaged");
  }
  const std::unique_ptr<xmlDoc, XmlDocFree> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) return Status::InvalidArgument(name + ": word/document.xml is not well-formed XML");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  std::string out;
  if (root) AppendBlocks(root, &out);
  return out;
}

}  // namespace peercard
