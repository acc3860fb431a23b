/* Loops a compiler vectorises (built with -msimd128 they become v128 code): u8 saturating add and blend, i16 dot
   product, i32 sum / min / max reductions, f32 saxpy, over 4 KiB-64 KiB arrays; size repetitions (default 20). */
#include "common.h"
#include <string.h>

#define N 16384
static uint8_t a8[N], b8[N], c8[N];
static int16_t a16[N], b16[N];
static int32_t a32[N];
static float x[N], y[N];

int main(int argc, char **argv) {
    long reps = bench_arg(argc, argv, 20);
    uint32_t s = 11;
    for (int i = 0; i < N; i++) {
        a8[i] = (uint8_t)(lcg32(&s) >> 24);
        b8[i] = (uint8_t)(lcg32(&s) >> 24);
        a16[i] = (int16_t)(lcg32(&s) >> 16);
        b16[i] = (int16_t)(lcg32(&s) >> 16);
        a32[i] = (int32_t)lcg32(&s);
        x[i] = (float)(lcg32(&s) >> 16) / 65536.0f;
        y[i] = 0.0f;
    }
    uint64_t h = MIX_INIT;
    for (long r = 0; r < reps; r++) {
        for (int k = 0; k < 16; k++) {
            for (int i = 0; i < N; i++) {
                unsigned v = a8[i] + b8[i];
                c8[i] = v > 255 ? 255 : (uint8_t)v;
            }
            for (int i = 0; i < N; i++) a8[i] = (uint8_t)((c8[i] >> 1) ^ b8[i]);
            int32_t dot = 0;
            for (int i = 0; i < N; i++) dot += a16[i] * b16[i];
            int32_t sum = 0, lo = a32[0], hi = a32[0];
            for (int i = 0; i < N; i++) {
                int32_t v = a32[i] ^ (int32_t)(r + k);
                sum += v;
                lo = v < lo ? v : lo;
                hi = v > hi ? v : hi;
            }
            float alpha = 0.5f + (float)k / 64.0f;
            for (int i = 0; i < N; i++) y[i] = alpha * x[i] + y[i] * 0.25f;
            for (int i = 0; i < N; i++) a16[i] = (int16_t)(a16[i] + (int16_t)dot);
            h = mix64(h, (uint32_t)dot);
            h = mix64(h, (uint32_t)sum ^ (uint32_t)lo ^ (uint32_t)hi);
        }
        uint32_t yb;
        memcpy(&yb, &y[r % N], 4);
        h = mix64(h, yb);
        h = mix64(h, c8[r % N]);
    }
    printf("checksum: %016llx\n", (unsigned long long)h);
    return 0;
}
