;; Number literals in program text (flonums, bignums, prefixes, special values, inside
;; quoted lists and vectors), laid out in the image by image-builder in the runtime's formats.
;; expect-stdout:
;; | (1.5 0.5 -2.0 3.25 1e10 0.0015 100.0 -0.0 0.0)
;; | (+inf.0 -inf.0 +nan.0 +nan.0)
;; | (-255 255 5 511 99 1500 3.0 16.0 -25 -5.0)
;; | 1152921504606846976
;; | -1152921504606846977
;; | 123456789012345678901234567890123456789
;; | 1512366075204170929049582354406559215
;; | -2361183241434822606847
;; | (1.5 (2.5 . 3.5) #(4.5 99999999999999999999))
;; | #(0.1 -1e-300 1000000000000000000000000000000)
;; | (#t #f #t)
;; | 1152921504606846975
;; | #t
;; | 10.0
;; | 1
;; | 1.25
;; | six
;; | 5.0
;; | #f
;; | #t
;; | #t
;; | #t

(define (show x) (write x) (newline))
;; Number literals in program text, read by image-builder's reader and laid out in the image
;; heap by the linker in the runtime's flonum and bignum formats.
(show (list 1.5 .5 -2. +3.25 1e10 1.5e-3 1E2 -0.0 0.0))
(show (list +inf.0 -inf.0 +nan.0 -nan.0))
(show (list #x-ff #xFF #b101 #o777 #d99 #e1.5e3 #i3 #x#i10 #e-2.5e1 #i#b-101))
(show 1152921504606846976)
(show -1152921504606846977)
(show 123456789012345678901234567890123456789)
(show #x123456789abcdef0123456789abcdef)
(show #b-11111111111111111111111111111111111111111111111111111111111111111111111)
(show '(1.5 (2.5 . 3.5) #(4.5 99999999999999999999)))
(show (vector 0.1 -1e-300 #e1e30))
(show (list (fixnum? 1152921504606846975) (fixnum? 1152921504606846976) (fixnum? -1152921504606846976)))
(show (+ 1152921504606846976 -1))
(show (fixnum? (+ 1152921504606846976 -1)))
(show (* 2.5 4))
(show (- 99999999999999999999 99999999999999999998))
(define (f x) (+ x 0.25))
(show (f 1))
(show (case (* 2 3) ((6) 'six) (else 'other)))
(show (let loop ((i 0) (x 0.0)) (if (= i 4) x (loop (+ i 1) (+ x 1.25)))))
(show (exact? 1e3))
(show (exact? #e1e3))
(show (eqv? 1e3 1000.0))
(show (eqv? 123456789012345678901234567890 123456789012345678901234567890))
