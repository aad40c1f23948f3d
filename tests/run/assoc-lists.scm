;; Association lists as tables: lookup, functional update, and counting with set-cdr!.
;; expect-stdout:
;; | (banana . 5)
;; | ((apple . 3) (banana . 50) (cherry . 7) (durian . 9))
;; | ((apple . 3) (banana . 5) (cherry . 7))
;; | ((a . 3) (b . 2) (c . 1))
;; | (red green)
;; | #f

(define (show x) (write x) (newline))
(define table '((apple . 3) (banana . 5) (cherry . 7)))

(define (alist-update key val alist)
  (cond ((null? alist) (list (cons key val)))
        ((eq? (car (car alist)) key) (cons (cons key val) (cdr alist)))
        (else (cons (car alist) (alist-update key val (cdr alist))))))

(define (count-words words)
  (let loop ((ws words) (counts '()))
    (if (null? ws)
        (reverse counts)
        (let ((entry (assq (car ws) counts)))
          (if entry
              (begin (set-cdr! entry (+ (cdr entry) 1))
                     (loop (cdr ws) counts))
              (loop (cdr ws) (cons (cons (car ws) 1) counts)))))))

(define (lookup key alist default)
  (let ((hit (assoc key alist)))
    (if hit (cdr hit) default)))

(show (assq 'banana table))
(show (alist-update 'banana 50 (alist-update 'durian 9 table)))
(show table)
(show (count-words '(a b a c b a)))
(define colors '(("apple" red green) ("plum" purple)))
(show (lookup "apple" colors #f))
(show (lookup "kiwi" colors #f))
