;; Reader parity: `read` in VVM code reads every tests/reader/good-*.txt (except the large one,
;; see read-large-file.scm) to the same data as the Rust reader: the expected output is
;; `image-builder --dump-after read FILE` of each file, in order.
;; args: tests/reader/good-bignums.txt tests/reader/good-booleans.txt tests/reader/good-chars.txt tests/reader/good-comments.txt tests/reader/good-flonums.txt tests/reader/good-lists.txt tests/reader/good-numbers.txt tests/reader/good-quotes.txt tests/reader/good-strings.txt tests/reader/good-symbols.txt tests/reader/good-unicode-space.txt tests/reader/good-vectors.txt
;; expect-stdout:
;; | 1152921504606846975
;; | 1152921504606846976
;; | -1152921504606846976
;; | -1152921504606846977
;; | 1267650600228229401496703205376
;; | -1267650600228229401496703205376
;; | 99999999999999999999
;; | 1
;; | -12345678901234567890123
;; | 18446744073709551616
;; | -79228162514264337593543950335
;; | 73786976294838206463
;; | 9223372036854775808
;; | 1000000000000000000000000000000
;; | -123456789012345678901234567890
;; | 115792089237316195423570985008687907853269984665640564039457584007913129639936
;; | (1267650600228229401496703205376 . -1)
;; | #(1152921504606846976)
;; | #t
;; | #f
;; | #t
;; | #f
;; | (#t . #f)
;; | #(#t #f)
;; | #\a
;; | #\A
;; | #\z
;; | #\0
;; | #\(
;; | #\)
;; | #\;
;; | #\"
;; | #\\
;; | #\#
;; | #\λ
;; | #\ü
;; | #\space
;; | #\newline
;; | #\newline
;; | #\tab
;; | #\return
;; | #\null
;; | #\null
;; | #\delete
;; | #\delete
;; | #\escape
;; | #\escape
;; | #\alarm
;; | #\backspace
;; | #\A
;; | #\λ
;; | #\λ
;; | #\A
;; | #\x
;; | #\delete
;; | #\x1
;; | #\😀
;; | #\A
;; | (#\a #\b)
;; | #(#\x #\y)
;; | #\space
;; | 1
;; | 2
;; | 3
;; | 4
;; | 6
;; | 7
;; | 10
;; | (a c)
;; | ()
;; | 11
;; | 13
;; | x
;; | 1.5
;; | -2.25
;; | 3.75
;; | 0.5
;; | -0.5
;; | 0.5
;; | 2.0
;; | -2.0
;; | 0.0
;; | -0.0
;; | 0.0
;; | 0.1
;; | 1e10
;; | 1e10
;; | 1e10
;; | 1e-10
;; | -0.0015
;; | 5.0
;; | 0.5
;; | 1234.0
;; | 0.0
;; | 0.1
;; | 0.2
;; | 0.30000000000000004
;; | 123.456
;; | 1e21
;; | 1e20
;; | 9999999999.5
;; | 0.001
;; | 1e-4
;; | 0.00123
;; | 1.7976931348623157e308
;; | 2.2250738585072014e-308
;; | 5e-324
;; | 5e-324
;; | 5e-324
;; | +inf.0
;; | -inf.0
;; | 0.0
;; | -0.0
;; | +inf.0
;; | 0.0
;; | 9007199254740993
;; | 9.007199254740992e15
;; | 9.007199254740992e15
;; | 9.007199254740996e15
;; | 0.1
;; | +inf.0
;; | -inf.0
;; | +nan.0
;; | +nan.0
;; | +inf.0
;; | 1.0
;; | 0.0
;; | 2.0
;; | 16.0
;; | 16.0
;; | 5.0
;; | 1.5
;; | -150.0
;; | 3.0
;; | 1
;; | 1000
;; | -25
;; | 123
;; | 123
;; | 5
;; | 0
;; | 0
;; | 15
;; | 15
;; | (1.5 . 2.5)
;; | #(0.5 -0.5)
;; | (+inf.0)
;; | ()
;; | (a)
;; | (a b c)
;; | (a . b)
;; | (a b . c)
;; | (a .b)
;; | (1 0.5)
;; | (a . b)
;; | (x y)
;; | (a . b)
;; | ((nested (deep (deeper))) ())
;; | (a (b) ((c)))
;; | (spaced out)
;; | (a b c)
;; | (define (f x) (if (< x 2) x (+ (f (- x 1)) (f (- x 2)))))
;; | 0
;; | 42
;; | -17
;; | 5
;; | 7
;; | 0
;; | 1152921504606846975
;; | -1152921504606846976
;; | 31
;; | 255
;; | -255
;; | 16
;; | 11
;; | -5
;; | 511
;; | 15
;; | 99
;; | 0
;; | 1152921504606846975
;; | -1152921504606846976
;; | (quote a)
;; | (quote (1 2))
;; | (quasiquote (a (unquote b) (unquote-splicing c)))
;; | (quote (unquote x))
;; | (quote #(1))
;; | (quote (quote a))
;; | (quote spaced)
;; | (quasiquote (q))
;; | (unquote @x)
;; | (unquote-splicing y)
;; | (quote ())
;; | (quasiquote #(1 (unquote x)))
;; | (quote "str")
;; | (quote #\a)
;; | (quote -5)
;; | ""
;; | "abc"
;; | "with space"
;; | "a\"b"
;; | "back\\slash"
;; | "tab\there"
;; | "line\nbreak"
;; | "cr\r"
;; | "Aλ😀A"
;; | "héllo wörld λ"
;; | "continued line"
;; | "two\nlines"
;; | ";not a comment"
;; | "#|not a comment|#"
;; | foo
;; | Foo-Bar!
;; | <=?
;; | ->x
;; | +
;; | -
;; | ...
;; | -x
;; | 0.5
;; | .5x
;; | a.b
;; | x1
;; | |x|
;; | hello/world
;; | λ
;; | ünïcödé
;; | *global*
;; | set-car!
;; | string->list
;; | %internal
;; | a
;; | (quote b)
;; | a
;; | b
;; | c
;; | (d e)
;; | #()
;; | #(1 2 3)
;; | #(a #(b) (c . d))
;; | #("s" #\c #t)
;; | #()
;; | #(#())

;; Print a datum the way bootstrap/src/datum.rs displays it (no quote abbreviation).
(define (show x)
  (cond ((pair? x)
         (display "(")
         (show (car x))
         (show-tail (cdr x))
         (display ")"))
        ((vector? x)
         (display "#(")
         (let loop ((i 0))
           (if (< i (vector-length x))
               (begin
                 (if (> i 0) (display " "))
                 (show (vector-ref x i))
                 (loop (+ i 1)))))
         (display ")"))
        (else (write x))))

(define (show-tail x)
  (cond ((null? x) #t)
        ((pair? x) (display " ") (show (car x)) (show-tail (cdr x)))
        (else (display " . ") (show x))))

;; Every datum of the port, one per line.
(define (read-all port)
  (let ((x (read port)))
    (if (eof-object? x)
        #t
        (begin (show x) (newline) (read-all port)))))

(define (read-files paths)
  (if (pair? paths)
      (begin
        (read-all (open-input-file (car paths)))
        (read-files (cdr paths)))))

(read-files (cdr (command-line)))
(exit 0)
