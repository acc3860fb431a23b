// `teawasi spectest` on the TeaVM build.
export function main(args) {
  console.error("teawasi: 'spectest' is not in this build yet");
  return 2;
}
