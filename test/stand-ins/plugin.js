// Placeholder: the stand-in services (GitHub, DevStats, raw files) are started here.
export function standInsPlugin() {
  return { name: 'stand-ins' };
}
