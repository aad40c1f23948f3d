;; Flonum and bignum literals are heap constants, like strings: the IR and the disassembly show
;; them as written (shortest round-trip digits for flonums), and + still open-codes, with the
;; numeric tower behind its out-of-line path.
(define (scale x) (* x 1.5))
(define big 123456789012345678901234567890)
(display (list (scale 2) (+ big 1) -0.0 1e21 #x-10000000000000000))
(newline)
