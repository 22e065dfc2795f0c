-- Neovim 0.7 built-in LSP client against `node dist/server.js --stdio`.
-- Run: nvim --headless --clean -u NONE -c 'luafile nvim-client.lua'
-- with env EVIDENCE_SERVER (server.js), EVIDENCE_ROOT (workspace), EVIDENCE_DOC (file to open).
-- Prints one line per finding: DIAG <code> <line> <message> / COMPLETION <n> <labels> / HOVER <text> / DONE.
local out = function(s) io.stdout:write(s .. '\n') end
local fail = function(s) out('FAIL ' .. s); vim.cmd('cquit 1') end
local server, root, doc = os.getenv('EVIDENCE_SERVER'), os.getenv('EVIDENCE_ROOT'), os.getenv('EVIDENCE_DOC')

vim.cmd('edit ' .. vim.fn.fnameescape(doc))
vim.bo.filetype = 'markdown'
local id = vim.lsp.start_client({ name = 'evidence', cmd = { 'node', server, '--stdio' }, root_dir = root })
if not id then fail('start_client returned nil') end
vim.lsp.buf_attach_client(0, id)

-- Diagnostics are pushed after indexing: wait for them, no fixed sleep.
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then fail('no diagnostics within 20 s') end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  out(string.format('DIAG %s %d %s', code, d.lnum, (d.message:gsub('\n', ' '))))
end

-- Type a reference at the end of the document (sent as didChange), then ask at its end.
local last = vim.api.nvim_buf_line_count(0)
vim.api.nvim_buf_set_lines(0, last, last, false, { '', '见 §5.1.1.1 与 §5.1.' })
local line = last + 1
local text = vim.api.nvim_buf_get_lines(0, line, line + 1, false)[1]
local function pos(byte_col) -- LSP positions count UTF-16 units
  return { line = line, character = vim.str_utfindex(text, byte_col) }
end
local uri = vim.uri_from_bufnr(0)

local res = vim.lsp.buf_request_sync(0, 'textDocument/completion', { textDocument = { uri = uri }, position = pos(#text) }, 10000)
local items = {}
for _, r in pairs(res or {}) do
  local result = r.result or {}
  for _, it in ipairs(result.items or result) do table.insert(items, it.label) end
end
out(string.format('COMPLETION %d %s', #items, table.concat(items, ' | ', 1, math.min(#items, 5))))

local at = text:find('5.1.1.1', 1, true)
res = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = { uri = uri }, position = pos(at) }, 10000)
local hover = ''
for _, r in pairs(res or {}) do
  local c = r.result and r.result.contents
  if type(c) == 'table' then hover = c.value or (c[1] and (c[1].value or c[1])) or '' elseif type(c) == 'string' then hover = c end
end
out('HOVER ' .. (hover:gsub('\n', ' '):sub(1, 300)))

vim.lsp.stop_client(id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
out('DONE')
vim.cmd('qa!')
