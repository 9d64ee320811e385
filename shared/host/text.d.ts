/**
 * TextDecoder, for decoding the files teachers bring (shared/text/decode.ts). Node and every supported browser
 * have it; Apps Script does not (the add-on reads sheet values, never bytes), so the add-on's tsconfig leaves this
 * file out and an import of the decoder there fails its type-check. Declared narrowly, without Node's or the DOM's
 * types (see shared/tsconfig.json).
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
