;; make-parameter with and without a converter, parameterize (the converter applies to the new
;; value), the old values back after a normal exit and after an escape through call/cc.
;; expect-stdout:
;; | (10 <x>)
;; | (2 <y>)
;; | (10 <x>)
;; | escaped
;; | (10 <x>)
;; | 16

(define radix (make-parameter 10))
(define prefix (make-parameter "x" (lambda (s) (string-append "<" s ">"))))
(display (list (radix) (prefix))) (newline)
(parameterize ((radix 2) (prefix "y"))
  (display (list (radix) (prefix))) (newline))
(display (list (radix) (prefix))) (newline)
(display (call/cc (lambda (k) (parameterize ((radix 3) (prefix "z")) (k 'escaped)))))
(newline)
(display (list (radix) (prefix))) (newline)
(define (show n) (number->string n (radix)))
(display (parameterize ((radix 16)) (show 22))) (newline)
