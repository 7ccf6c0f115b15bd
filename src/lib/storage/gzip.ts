// Compact copies are gzip-compressed by the platform's own CompressionStream (browser and Node):
// native code, streaming, nothing written by hand.

export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function gunzip(data: Blob): Promise<Uint8Array<ArrayBuffer>> {
  const stream = data.stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
