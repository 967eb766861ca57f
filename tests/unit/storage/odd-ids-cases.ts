import { doubleHelixPayload, loadConnelly } from '../share/share-cases';

/** The real pack and a plain share payload for the odd-id fuzz. */
export function loadShareCases() {
  const pack = loadConnelly();
  return { pack, doubleHelix: doubleHelixPayload(pack) };
}
