;; The sieve of Eratosthenes over a vector.
;; gc-stress: 4096
;; (under stress, every 4 KiB: a large live vector is copied by every collection)
;; expect-stdout:
;; | (2 3 5 7 11 13 17 19 23 29 31 37 41 43 47)
;; | 9592
;; | 99991

(define (sieve n)
  (let ((marks (make-vector (+ n 1) #t)))
    (vector-set! marks 0 #f)
    (vector-set! marks 1 #f)
    (let loop ((i 2))
      (when (<= (* i i) n)
        (when (vector-ref marks i)
          (do ((j (* i i) (+ j i))) ((> j n)) (vector-set! marks j #f)))
        (loop (+ i 1))))
    (let collect ((i n) (acc '()))
      (cond ((< i 0) acc)
            ((vector-ref marks i) (collect (- i 1) (cons i acc)))
            (else (collect (- i 1) acc))))))

(display (sieve 50)) (newline)
(define primes (sieve 100000))
(display (length primes)) (newline)
(display (car (reverse primes))) (newline)
