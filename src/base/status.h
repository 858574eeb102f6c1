// Stage base/: what every stage uses and nothing else: Status and Result, UTF-8
// and text encodings, offset maps between texts,
// files and atomic writes, the thread pool, CSV, JSON, SHA-256. Only the
// standard library and ICU's UTF-8 macros.
//
// Status and Result<T>: how the library reports failure. Only main.cc prints.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace peercard {

// A success, or a failure with a code and a message that names the file and
// the problem ("reports/a.txt: invalid UTF-8 at byte 41"). Cheap to copy.
class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kCorruption, kIoError, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // The same failure with `prefix` before its message (the place, the
  // stage); an Ok status stays Ok.
  Status Prefixed(const std::string& prefix) const { return ok() ? *this : Status(code_, prefix + message_); }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or a failed Status. REQUIRES: ok() before value(), operator*, ->.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace peercard
