;; Insertion sort and merge sort on numbers and strings, checked against each other.
;; gc-stress: 65536
;; (under stress, every 64 KiB: hundreds of thousands of allocations with a large live list)
;; expect-stdout:
;; | (1 2 5 5 6 9)
;; | (3 9 10 27 38 43 82)
;; | ("apple" "fig" "pear")
;; | #t
;; | 2000
;; | #t

(define (insert x sorted)
  (cond ((null? sorted) (list x))
        ((<= x (car sorted)) (cons x sorted))
        (else (cons (car sorted) (insert x (cdr sorted))))))
(define (insertion-sort l)
  (if (null? l) '() (insert (car l) (insertion-sort (cdr l)))))

(define (merge a b less?)
  (cond ((null? a) b)
        ((null? b) a)
        ((less? (car b) (car a)) (cons (car b) (merge a (cdr b) less?)))
        (else (cons (car a) (merge (cdr a) b less?)))))
(define (split l)
  (if (or (null? l) (null? (cdr l)))
      (cons l '())
      (let ((halves (split (cddr l))))
        (cons (cons (car l) (car halves))
              (cons (cadr l) (cdr halves))))))
(define (merge-sort l less?)
  (if (or (null? l) (null? (cdr l)))
      l
      (let ((halves (split l)))
        (merge (merge-sort (car halves) less?)
               (merge-sort (cdr halves) less?)
               less?))))

(define (random-list n seed)
  (let loop ((i 0) (x seed) (acc '()))
    (if (= i n)
        acc
        (loop (+ i 1) (modulo (* x 16807) 2147483647) (cons x acc)))))
(define (sorted? l)
  (or (null? l)
      (null? (cdr l))
      (and (<= (car l) (cadr l)) (sorted? (cdr l)))))

(write (insertion-sort '(5 2 9 1 5 6))) (newline)
(write (merge-sort '(38 27 43 3 9 82 10) <)) (newline)
(write (merge-sort '("pear" "apple" "fig") string<?)) (newline)
(define numbers (random-list 2000 42))
(define sorted (merge-sort numbers <))
(write (sorted? sorted)) (newline)
(write (length sorted)) (newline)
(write (equal? sorted (insertion-sort numbers))) (newline)
