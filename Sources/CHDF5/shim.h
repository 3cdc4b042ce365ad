// The HDF5 C library (Debian's libhdf5-dev, serial build) for the engine's `.keras` weights file.
// HDF5 spells its type and property-list ids as macros that call into the library, which Swift
// cannot import: these inline functions hand them over as plain values.
#include <hdf5.h>

static inline hid_t nbrun_h5_native_float(void) { return H5T_NATIVE_FLOAT; }
static inline hid_t nbrun_h5_ieee_f32le(void) { return H5T_IEEE_F32LE; }
static inline hid_t nbrun_h5_file_access(void) { return H5P_FILE_ACCESS; }
static inline unsigned nbrun_h5_acc_trunc(void) { return H5F_ACC_TRUNC; }
static inline unsigned nbrun_h5_acc_rdonly(void) { return H5F_ACC_RDONLY; }
/// Stops the library printing its error stack to stderr: failures come back as negative ids.
static inline void nbrun_h5_quiet(void) { H5Eset_auto2(H5E_DEFAULT, NULL, NULL); }
