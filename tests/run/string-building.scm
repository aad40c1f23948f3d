;; Building strings in loops with string-append, number->string, list->string.
;; expect-stdout:
;; | ababababab
;; | 1, 2, 3, 10
;; | 123456789101112
;; | desserts
;; | SHOUT
;; | "x=42;"
;; | 1000
;; | 56789
;; | -3-2-10123

(define (repeat-string s n)
  (let loop ((i 0) (acc ""))
    (if (= i n) acc (loop (+ i 1) (string-append acc s)))))

(define (join strs sep)
  (if (null? strs)
      ""
      (let loop ((rest (cdr strs)) (acc (car strs)))
        (if (null? rest)
            acc
            (loop (cdr rest) (string-append acc sep (car rest)))))))

(define (numbers-up-to n)
  (let loop ((i n) (acc '()))
    (if (= i 0)
        (apply string-append acc)
        (loop (- i 1) (cons (number->string i) acc)))))

(define (reverse-string s) (list->string (reverse (string->list s))))
(define (upcase-ascii s) (list->string (map char-upcase (string->list s))))

(display (repeat-string "ab" 5)) (newline)
(display (join (map number->string '(1 2 3 10)) ", ")) (newline)
(display (numbers-up-to 12)) (newline)
(display (reverse-string "stressed")) (newline)
(display (upcase-ascii "shout")) (newline)
(write (string-append "x=" (number->string 42) ";")) (newline)
(define big (repeat-string "0123456789" 100))
(display (string-length big)) (newline)
(display (substring big 995 1000)) (newline)
(display (do ((i -3 (+ i 1)) (acc "" (string-append acc (number->string i)))) ((> i 3) acc)))
(newline)
