;; A program that starts with import runs unchanged: the standard libraries' names are the VM's
;; globals; prefix and rename add names (only and except restrict nothing). include splices a
;; file's forms (at top level and in a body), its name relative to the including file;
;; cond-expand chooses by feature, library and and/or/not.
;; expect-stdout:
;; | 1
;; | (300 from-include)
;; | r7rs vvm
;; | 5
;; | 2
;; | 7
;; | (2)
;; | 4.0

(import (scheme base) (scheme write) (only (scheme char) char-upcase)
        (prefix (scheme base) s:) (rename (scheme write) (display show)))
(include "include/helpers.scm")
(show (s:car '(1 2))) (newline)
(display (list (hundred 3) included-value)) (newline)
(cond-expand
  ((and r7rs (not chicken) (library (scheme base))) (display "r7rs vvm") (newline))
  (else (display "other") (newline)))
(define (f)
  (cond-expand (vvm (define z 5)) (else (define z 6)))
  z)
(display (f)) (newline)
(display (cond-expand ((or foo bar) 1) (else 2))) (newline)
;; A definition of a name that looks prefixed is an ordinary global.
(define s:mine 7)
(display s:mine) (newline)
(import (rename (prefix (scheme base) b:) (b:cdr tail)))
(display (tail '(1 2))) (newline)
(define (g)
  (include "include/helpers.scm")
  (hundred 0.04))
(display (g)) (newline)
