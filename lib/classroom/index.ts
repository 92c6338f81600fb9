export { JOIN_CODE_BITS, newJoinCode, readJoinCode } from './codes';
