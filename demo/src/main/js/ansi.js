// ANSI escape sequences the page writes to its terminal.
export const CSI = '\x1b[';
export const colour = {
  red: (s) => `${CSI}31m${s}${CSI}0m`,
  green: (s) => `${CSI}32m${s}${CSI}0m`,
  yellow: (s) => `${CSI}33m${s}${CSI}0m`,
  blue: (s) => `${CSI}34m${s}${CSI}0m`,
  cyan: (s) => `${CSI}36m${s}${CSI}0m`,
  dim: (s) => `${CSI}2m${s}${CSI}0m`,
  bold: (s) => `${CSI}1m${s}${CSI}0m`,
};
