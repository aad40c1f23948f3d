;; Strings: construction, mutation, copying, conversion, case, n-ary comparison, iteration.
;; expect-stdout:
;; | ("zzz" "  " "" "" "abc")
;; | "hi"
;; | ("a---e" 5 #\e)
;; | "axx-e"
;; | "axxyy"
;; | "ooooo"
;; | ("el" "hello" "")
;; | ("hello" "llo" "ell")
;; | "XYcdefgh"
;; | "XYcdef45"
;; | "XY23ef45"
;; | "XXY23f45"
;; | "Y23f4545"
;; | ("" "a" "abcd")
;; | #f
;; | ((#\a #\b #\c) (#\c #\d #\e) (#\b #\c) ())
;; | (#(#\a #\b #\c) #(#\d #\e) #(#\b))
;; | ("xyz" "yz" "xy")
;; | ("HELLO, WORLD!" "hello, world!" "hello")
;; | (#t #t #f #f)
;; | (#t #t #t #f #f)
;; | (#t #t #f)
;; | (#t #f #t #f)
;; | (#t #t #t #t #f)
;; |  65 66
;; | a1;b2;
;; | "SHOUT"
;; | "abbb"
;; | (#t #f)

(define (show x) (write x) (newline))
;; Construction.
(show (list (make-string 3 #\z) (make-string 2) (make-string 0 #\a) (string) (string #\a #\b #\c)))
(show (list->string (list #\h #\i)))
;; Access and mutation.
(define s (make-string 5 #\-))
(string-set! s 0 #\a)
(string-set! s 4 #\e)
(show (list s (string-length s) (string-ref s 4)))
(string-fill! s #\x 1 3)
(show s)
(string-fill! s #\y 3)
(show s)
(string-fill! s #\o)
(show s)
;; Copies and parts.
(show (list (substring "hello" 1 3) (substring "hello" 0 5) (substring "hello" 5 5)))
(show (list (string-copy "hello") (string-copy "hello" 2) (string-copy "hello" 1 4)))
(define t (string-copy "abcdefgh"))
(string-copy! t 0 "XY")
(show t)
(string-copy! t 6 "12345" 3)
(show t)
(string-copy! t 2 "12345" 1 3)
(show t)
(string-copy! t 1 t 0 4)
(show t)
(string-copy! t 0 t 2)
(show t)
(show (list (string-append) (string-append "a") (string-append "a" "" "bc" "d")))
(show (eq? s (string-copy s)))
;; Conversions.
(show (list (string->list "abc") (string->list "abcde" 2) (string->list "abcde" 1 3)
            (string->list "")))
(show (list (string->vector "abc") (string->vector "abcde" 3) (string->vector "abcde" 1 2)))
(show (list (vector->string '#(#\x #\y #\z)) (vector->string '#(#\x #\y #\z) 1)
            (vector->string '#(#\x #\y #\z) 0 2)))
(show (list (string-upcase "Hello, World!") (string-downcase "Hello, World!")
            (string-foldcase "Hello")))
;; Comparison: bytewise, any number of strings; the -ci versions compare case-folded strings.
(show (list (string=? "abc" "abc") (string=? "abc" "abc" "abc") (string=? "abc" "abc" "abd")
            (string=? "abc" "ab")))
(show (list (string<? "abc" "abd") (string<? "ab" "abc") (string<? "a" "b" "c")
            (string<? "a" "c" "b")
            (string<? "abc" "abc")))
(show (list (string>? "b" "a") (string>? "c" "b" "a") (string>? "a" "a")))
(show (list (string<=? "a" "a" "b") (string<=? "b" "a") (string>=? "b" "b" "a")
            (string>=? "a" "b")))
(show (list (string-ci=? "Hello" "hELLO" "HELLO") (string-ci<? "apple" "BANANA")
            (string-ci>? "b" "A") (string-ci<=? "ABC" "abc") (string-ci>=? "abc" "ABD")))
;; Iteration: string-for-each and string-map over one or more strings, up to the shortest.
(string-for-each (lambda (c) (display " ") (write (char->integer c))) "AB")
(newline)
(string-for-each (lambda (a b) (display a) (display b) (display ";")) "abc" "12")
(newline)
(show (string-map char-upcase "shout"))
(show (string-map (lambda (a b) (if (char<? a b) a b)) "adcz" "bbbbbb"))
;; Strings are ordinary values: equal? compares them.
(show (list (equal? "abc" (string #\a #\b #\c)) (equal? "abc" "abd")))
