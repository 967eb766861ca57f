// Everything about switching, adding and removing universes, as one lazy chunk: the shell's picker, Home's
// list and the Universes page share their code (and the start-up code they need) instead of splitting it.
export { OtherUniverses, PackPicker } from '../ui/packs/PackPicker';
export { PacksPage } from '../features/packs/PacksPage';
