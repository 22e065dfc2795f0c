;;; emacs-client.el --- Emacs (eglot) batch client against `node dist/server.js --stdio'  -*- lexical-binding: t -*-
;; Run: emacs --batch -q -l emacs-client.el
;; with env EVIDENCE_SERVER (server.js), EVIDENCE_ROOT (workspace, a git repo), EVIDENCE_DOC (file to open).
;; Prints DIAG <message> / COMPLETION <n> <labels> / HOVER <text> / DONE; FAIL <why> and exit 1 on failure.
(package-initialize)                    ; -q, not -Q: Debian's elpa-eglot lives in the package path
(require 'eglot)
(require 'flymake)

(defun evidence-out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))
(defun evidence-fail (why)
  (evidence-out "FAIL %s" why)
  (kill-emacs 1))

(defun evidence-wait (what pred seconds)
  "Pump process output until PRED holds, at most SECONDS; no fixed sleep."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall pred) (evidence-fail (format "no %s within %s s" what seconds)))))

(let* ((server (getenv "EVIDENCE_SERVER"))
       (root (file-name-as-directory (getenv "EVIDENCE_ROOT")))
       (doc (getenv "EVIDENCE_DOC"))
       (default-directory root))
  (find-file doc)
  (text-mode)
  (eglot (list 'text-mode) (project-current) 'eglot-lsp-server (list "node" server "--stdio") "markdown")
  (evidence-wait "eglot connection" (lambda () (eglot-current-server)) 20)
  (flymake-mode 1)
  (evidence-wait "diagnostics" (lambda () (flymake-diagnostics)) 20)
  (dolist (d (flymake-diagnostics))
    (evidence-out "DIAG %s %s" (line-number-at-pos (flymake-diagnostic-beg d))
                  (replace-regexp-in-string "\n" " " (flymake-diagnostic-text d))))
  ;; Type a reference at the end (eglot sends didChange), then ask at its end.
  (goto-char (point-max))
  (insert "\n见 §5.1.1.1 与 §5.1.")
  (eglot--signal-textDocument/didChange)
  (let* ((server-obj (eglot-current-server))
         (completion (jsonrpc-request server-obj :textDocument/completion (eglot--TextDocumentPositionParams)))
         (items (if (vectorp completion) completion (plist-get completion :items)))
         (labels (mapcar (lambda (it) (plist-get it :label)) items)))
    (evidence-out "COMPLETION %d %s" (length labels) (mapconcat #'identity (seq-take labels 5) " | "))
    (search-backward "5.1.1.1")
    (forward-char 2)
    (let* ((hover (jsonrpc-request server-obj :textDocument/hover (eglot--TextDocumentPositionParams)))
           (contents (plist-get hover :contents))
           (text (cond ((stringp contents) contents)
                       ((plist-get contents :value))
                       (t (format "%S" contents)))))
      (evidence-out "HOVER %s" (replace-regexp-in-string "\n" " " (substring text 0 (min 300 (length text))))))
    (eglot-shutdown server-obj))
  (evidence-out "DONE")
  (kill-emacs 0))
