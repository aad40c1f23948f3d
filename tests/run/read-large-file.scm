;; `read` over a file larger than the port buffer (tests/reader/good-large.txt, about 12 KB),
;; with multi-byte characters straddling every buffer boundary: each datum is checked against
;; the one the generator wrote, (SYMBOL STRING #\λ I).
;; `read` allocates for every token and datum, so the stress test collects after every 4096 bytes
;; allocated, not at each allocation (which takes 15 s).
;; gc-stress: 4096
;; expect-stdout:
;; | 467 data, 0 wrong

(define (repeat s n) (if (= n 0) "" (string-append s (repeat s (- n 1)))))

(define (expected i)
  (let ((sym (string-append (repeat "λ" (remainder i 7)) (repeat "x" (remainder i 3)))))
    (if (string=? sym "")
        (list (repeat "ü" (remainder i 5)) #\x3bb i)
        (list (string->symbol sym) (repeat "ü" (remainder i 5)) #\x3bb i))))

(define (check port i wrong)
  (let ((x (read port)))
    (if (eof-object? x)
        (begin (display i) (display " data, ") (display wrong) (display " wrong") (newline))
        (check port (+ i 1) (if (equal? x (expected i)) wrong (+ wrong 1))))))

(check (open-input-file "tests/reader/good-large.txt") 0 0)
