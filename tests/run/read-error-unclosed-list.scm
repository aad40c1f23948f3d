;; An uncaught read error, end to end: the message is the Rust reader's for the same file
;; (tests/harness/reader.rs checks that for every file in tests/reader), then the backtrace.
;; args: tests/reader/bad-unclosed-list.txt
;; expect-exit: 1
;; expect-stderr:
;; | Error in read: tests/reader/bad-unclosed-list.txt:1:1: unclosed list: this '(' has no matching ')'
;; | Backtrace (most recent call first):
;; |   #0 read-first at tests/run/read-error-unclosed-list.scm:13
;; |   #1 read-error-unclosed-list.toplevel at tests/run/read-error-unclosed-list.scm:15

(define (read-first path)
  (let ((port (open-input-file path)))
    (let ((x (read port)))
      x)))
(display (read-first (cadr (command-line))))
