// `teawasi run` on the TeaVM build.
export function main(args) {
  console.error("teawasi: 'run' is not in this build yet");
  return 2;
}
