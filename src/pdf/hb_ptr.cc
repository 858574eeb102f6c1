#include "pdf/hb_ptr.h"

#include <hb-subset.h>
#include <hb.h>

namespace peercard {

void HbDeleter::operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
void HbDeleter::operator()(hb_face_t* f) const { hb_face_destroy(f); }
void HbDeleter::operator()(hb_font_t* f) const { hb_font_destroy(f); }
void HbDeleter::operator()(hb_subset_input_t* s) const { hb_subset_input_destroy(s); }

}  // namespace peercard
