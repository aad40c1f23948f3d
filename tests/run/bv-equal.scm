;; equal? compares bytevectors byte by byte, also inside lists and vectors.
;; expect-stdout:
;; | #t#f#t#f
;; | #t

(display (equal? (bytevector 1 2 3) (bytevector 1 2 3)))
(display (equal? (bytevector 1 2) (bytevector 1 3)))
(display (equal? (list (bytevector 9)) (list (bytevector 9))))
(display (equal? (bytevector 1) (bytevector 1 1)))
(newline)
(display (equal? (vector 'a (bytevector) "s") (vector 'a (bytevector) "s")))
(newline)
