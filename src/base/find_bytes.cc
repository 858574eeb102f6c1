#include "base/find_bytes.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace peercard {

size_t FindBytes(std::string_view hay, std::string_view needle, size_t from) {
  const size_t n = hay.size(), m = needle.size();
  if (from > n) return std::string_view::npos;
  if (m == 0) return from;
  if (m > n - from) return std::string_view::npos;
  const char* h = hay.data();
#if defined(__SSE2__)
  if (m >= 2) {
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[m - 1]);
    for (; from + m - 1 + 16 <= n; from += 16) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + from));
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + from + m - 1));
      auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
      while (mask != 0) {
        const size_t at = from + static_cast<size_t>(__builtin_ctz(mask));
        if (memcmp(h + at + 1, needle.data() + 1, m - 2) == 0) return at;
        mask &= mask - 1;
      }
    }
  }
#endif
  const void* at = memmem(h + from, n - from, needle.data(), m);
  return at ? static_cast<size_t>(static_cast<const char*>(at) - h) : std::string_view::npos;
}

}  // namespace peercard
