export { isLibraryOrder, libraryOrders, orderPassages, passageDate } from './order';
export type { LibraryOrder } from './order';
