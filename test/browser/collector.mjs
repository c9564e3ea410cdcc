// Test-only wtr middleware: a report collector. POST /__collect/<token> keeps the body and the
// request headers that matter for privacy; GET /__collect/<token> returns what arrived. Never part of the package.
const read = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

export function collectorMiddleware() {
  const received = new Map();
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__collect/')) return next();
    const token = ctx.path.split('/')[2] ?? '';
    if (ctx.method === 'POST') {
      const body = await read(ctx.req);
      const list = received.get(token) ?? [];
      list.push({ body, cookie: ctx.get('cookie') || null, referer: ctx.get('referer') || null, contentType: ctx.get('content-type') || null });
      received.set(token, list);
      ctx.status = 204;
      return;
    }
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(received.get(token) ?? []);
  };
}
