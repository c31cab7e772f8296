#pragma once

#include <QtGlobal>

// The peak resident memory (VmHWM) of this process in KiB, or -1 where the
// system does not say. For the benchmark probes.
qint64 peakResidentKiB();
