// lsp-client.js - a minimal LSP client for docs/editors.md and editor.sh:
// open a file in yaml-language-server ($YLS, else on PATH), print the
// diagnostics the server publishes for it, then ask for completion at a
// position and print it last.  usage: node lsp-client.js FILE LINE COL
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const [file, line, col] = [path.resolve(process.argv[2]), +process.argv[3], +process.argv[4]];
const srv = spawn(process.env.YLS || 'yaml-language-server', ['--stdio']);
let buf = Buffer.alloc(0), id = 0; const pending = {};
function send(msg) { const s = JSON.stringify(Object.assign({jsonrpc: '2.0'}, msg));
  srv.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`); }
function req(method, params) { return new Promise(r => { pending[++id] = r; send({id, method, params}); }); }
srv.stdout.on('data', d => { buf = Buffer.concat([buf, d]);
  for (;;) { const h = buf.indexOf('\r\n\r\n'); if (h < 0) return;
    const n = +/Content-Length: (\d+)/.exec(buf.slice(0, h).toString())[1];
    if (buf.length < h + 4 + n) return;
    const m = JSON.parse(buf.slice(h + 4, h + 4 + n).toString()); buf = buf.slice(h + 4 + n);
    if (m.id && pending[m.id]) { pending[m.id](m.result); delete pending[m.id]; }
    else if (m.method === 'textDocument/publishDiagnostics') {
      if (m.params.uri !== uri) continue;
      for (const x of m.params.diagnostics)
        console.log(`diag ${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.message}`);
      if (diagsSeen) diagsSeen(); diagsSeen = null; }
    else if (m.id && m.method) send({id: m.id, result: m.method === 'workspace/configuration' ? m.params.items.map(() => ({validate: true, completion: true, hover: true})) : null});
  } });
const uri = 'file://' + file;
let diagsSeen = null;
// the server validates the file once it is open and its schema loaded,
// and publishes the result: that, not a time, is what is waited for
const validated = new Promise(r => { diagsSeen = r; });
(async () => {
  await req('initialize', {processId: process.pid, rootUri: 'file://' + path.dirname(file), capabilities: {}});
  send({method: 'initialized', params: {}});
  send({method: 'workspace/didChangeConfiguration', params: {settings: {yaml: {validate: true, completion: true, hover: true, schemaStore: {enable: false}}}}});
  send({method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'yaml', version: 1, text: fs.readFileSync(file, 'utf8')}}});
  await validated;
  const c = await req('textDocument/completion', {textDocument: {uri}, position: {line: line - 1, character: col - 1}});
  const items = (c && (c.items || c)) || [];
  console.log('completion at ' + line + ':' + col + ': ' + items.map(i => i.label).join(', '));
  srv.kill(); process.exit(0);
})();
