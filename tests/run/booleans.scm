;; Booleans: literals, not, boolean?, and the truth of everything except #f.
;; expect-stdout:
;; | #t
;; | #f
;; | #t
;; | #f
;; | #t
;; | #f
;; | #f
;; | #t
;; | #f
;; | yes
;; | yes
;; | yes
;; | #t
;; | #f

(define (show x) (write x) (newline))
(show #t)
(show #f)
(show #true)
(show #false)
(show (not #f))
(show (not 0))
(show (not '()))
(show (boolean? #f))
(show (boolean? '()))
(show (if '() 'yes 'no))
(show (if 0 'yes 'no))
(show (if "" 'yes 'no))
(show (eq? #t #t))
(show (boolean=? #t #f))
