;; Fixnum literals: zero, negatives, and values near the 60-bit limit.
(define big 1152921504606846975)
(define small -1152921504606846976)
(display (list 0 -1 42 #x7f big small))
(newline)
