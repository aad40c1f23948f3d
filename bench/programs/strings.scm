;;; strings: strings, symbols and hash tables. Each of 200000 steps builds a key string
;;; "k<n>" with string-append and number->string (n pseudo-random below 5003), counts its
;;; symbol (string->symbol) in an eq? table and adds the step to its string in an equal? table
;;; (SRFI 69). Then reads every key back. Prints a checksum.
(define steps 200000)
(define keys 5003)

(define (key n) (string-append "k" (number->string n)))

(define symbol-counts (make-hash-table eq?))
(define string-sums (make-hash-table equal?))

(define (fill i)
  (when (< i steps)
    (let ((s (key (modulo (* i 7919) keys))))
      (hash-table-update!/default symbol-counts (string->symbol s) (lambda (c) (+ c 1)) 0)
      (hash-table-update!/default string-sums s (lambda (t) (+ t i)) 0)
      (fill (+ i 1)))))

(define (check n acc)
  (if (= n keys)
      acc
      (let ((s (key n)))
        (check (+ n 1)
               (+ acc
                  (* (+ n 1) (hash-table-ref/default symbol-counts (string->symbol s) 0))
                  (modulo (hash-table-ref/default string-sums s 0) 1000)
                  (string-length s))))))

(fill 0)
(display (check 0 0))
(newline)
