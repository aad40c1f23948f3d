;; Strings: length, indexing, substrings, concatenation, comparison, conversion.
;; expect-stdout:
;; | 5
;; | #\e
;; | "el"
;; | "llo"
;; | "hello, world"
;; | ""
;; | #t
;; | #f
;; | #f
;; | #t
;; | #f
;; | #t
;; | (#\a #\b #\c)
;; | "xy"
;; | "zzz"
;; | "ab"
;; | "copy"
;; | #t
;; | #f
;; | 0
;; | written
;; | !

(define (show x) (write x) (newline))
(define s "hello")
(show (string-length s))
(show (string-ref s 1))
(show (substring s 1 3))
(show (substring s 2))
(show (string-append s ", " "world"))
(show (string-append))
(show (string=? "abc" "abc"))
(show (string=? "abc" "abd"))
(show (string=? "abc" "ab"))
(show (string<? "abc" "abd"))
(show (string<? "b" "abc"))
(show (string<? "ab" "abc"))
(show (string->list "abc"))
(show (list->string (list #\x #\y)))
(show (make-string 3 #\z))
(show (string #\a #\b))
(show (string-copy "copy"))
(show (string? s))
(show (string? 's))
(show (string-length ""))
(write-string "written")
(newline)
(write-char #\!)
(newline)
