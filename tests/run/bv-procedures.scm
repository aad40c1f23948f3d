;; Bytevectors: construction, #u8(...) printing, access, copying, appending, UTF-8 conversions.
;; expect-stdout:
;; | (#u8() #u8(1 2 255) #u8(7 7 7) #u8())
;; | #u8(10 20)
;; | 5
;; | (#t #t #f #f #f)
;; | (#u8(255 0 0 16) 255 16)
;; | (#u8(1 2 3 4 5) #u8(3 4 5) #u8(2 3) #f)
;; | #u8(9 8 3 4 5)
;; | #u8(9 8 3 6 5)
;; | #u8(9 9 8 3 5)
;; | (#u8() #u8(1 2 3))
;; | #u8(97 98 99)
;; | #u8(97 206 187)
;; | #u8(101 108)
;; | "hi"
;; | "λ"
;; | "😀"
;; | ""
;; | (bytes #u8(1) #(#u8(2 3)))

(define (show x) (write x) (newline))
;; Construction and the printed form, the same for write and display.
(show (list (bytevector) (bytevector 1 2 255) (make-bytevector 3 7) (make-bytevector 0)))
(display (bytevector 10 20))
(newline)
(show (bytevector-length (make-bytevector 5 0)))
(show (map bytevector? (list (bytevector) (bytevector 1) "abc" '#(1) 5)))
;; Access and mutation.
(define b (make-bytevector 4 0))
(bytevector-u8-set! b 0 255)
(bytevector-u8-set! b 3 16)
(show (list b (bytevector-u8-ref b 0) (bytevector-u8-ref b 3)))
;; Copies and appending.
(define c (bytevector 1 2 3 4 5))
(show (list (bytevector-copy c) (bytevector-copy c 2) (bytevector-copy c 1 3)
            (eq? c (bytevector-copy c))))
(bytevector-copy! c 0 (bytevector 9 8))
(show c)
(bytevector-copy! c 3 (bytevector 7 6 5) 1)
(show c)
(bytevector-copy! c 1 c 0 3)
(show c)
(show (list (bytevector-append) (bytevector-append (bytevector 1) (bytevector) (bytevector 2 3))))
;; UTF-8 conversion: strings hold UTF-8, so these copy bytes (utf8->string checks them).
(show (string->utf8 "abc"))
(show (string->utf8 "aλ"))
(show (string->utf8 "hello" 1 3))
(show (utf8->string (bytevector 104 105)))
(show (utf8->string (bytevector 206 187 33) 0 2))
(show (utf8->string (bytevector 240 159 152 128)))
(show (utf8->string (bytevector)))
;; Bytevectors inside other data.
(show (list 'bytes (bytevector 1) (vector (bytevector 2 3))))
