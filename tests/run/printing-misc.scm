;; How procedures and the unspecified value print.
;; expect-stdout:
;; | #<procedure car>
;; | #<procedure named-proc>
;; | #<procedure maker.lambda>
;; | #<unspecified>
;; | (1 #<unspecified>)

(define (named-proc) 1)
(define (maker) (lambda (x) x))
(display car) (newline)
(display named-proc) (newline)
(display (maker)) (newline)
(write (if #f #f)) (newline)
(display (list 1 (if #f #f))) (newline)
