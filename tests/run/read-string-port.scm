;; `read` from string ports: several data in a row, the eof object at the end, and errors that
;; name the port "string" with the line and column where the problem is.
;; expect-exit: 1
;; expect-stdout:
;; | (define (f x) (* x x))
;; | #(1 "two" #\3)
;; | (quote sym)
;; | #<eof>
;; | #<eof>
;; | (a b c) (a) 0 #\null "\a\0" (7 0)
;; expect-stderr:
;; | Error in read: string:3:5: unclosed list: this '(' has no matching ')'
;; | Backtrace (most recent call first):
;; |   #0 read-string-port.toplevel at tests/run/read-string-port.scm:36

(define p (open-input-string "(define (f x) (* x x))\n  #(1 \"two\" #\\3)  'sym ; done\n"))
(write (read p)) (newline)
(write (read p)) (newline)
(display "(quote ") (write (car (cdr (read p)))) (display ")") (newline)
(write (read p)) (newline)
(write (read p)) (newline)

;; A dotted tail that is a list is the same list; escapes \a and \0 give bytes 7 and 0.
(define q (open-input-string "(a . (b c)) (a . ()) -0 #\\nul \"\\a\\0\""))
(write (read q)) (display " ")
(write (read q)) (display " ")
(write (read q)) (display " ")
(write (read q)) (display " ")
(let ((s (read q)))
  (display "\"\\a\\0\" ")
  (write (list (char->integer (string-ref s 0)) (char->integer (string-ref s 1)))))
(newline)

(define r (open-input-string "1 2\n\n    (3 4"))
(read r) (read r)
(read r)
(display "not reached")
