;; Strings hold UTF-8 bytes: lengths and indexes count bytes; case mapping and utf8 conversions.
;; expect-stdout:
;; | 4
;; | (97 206 187 98)
;; | 206
;; | #u8(97 206 187 98)
;; | "aλb"
;; | "λ"
;; | 2
;; | 255
;; | "STRASSE ΛΌΓΟΣ"
;; | "χαος και κοσμος"
;; | "masse σασ"
;; | #t
;; | #t
;; | display writes the bytes: aλb

(define (show x) (write x) (newline))
;; A string holds the bytes of its UTF-8 encoding: length and indexes count bytes, and
;; string-ref gives the character whose code is the byte.
(define s "aλb")
(show (string-length s))
(show (map char->integer (string->list s)))
(show (char->integer (string-ref s 1)))
(show (string->utf8 s))
(show (utf8->string (string->utf8 s)))
(show (utf8->string (bytevector 206 187 240 159 152 128) 0 2))
;; Characters below 256 go into strings as one byte each.
(define t (make-string 2 #\a))
(string-set! t 1 (integer->char 255))
(show (bytevector-length (string->utf8 t)))
(show (bytevector-u8-ref (string->utf8 t) 1))
;; Case mapping decodes UTF-8, so it works on any text, and may change the length.
(show (string-upcase "straße λόγος"))
(show (string-downcase "ΧΑΟΣ ΚΑΙ ΚΟΣΜΟΣ"))
(show (string-foldcase "Maße ΣΑΣ"))
(show (string-ci=? "STRASSE" "Straße"))
;; Comparison is bytewise, which is code-point order for UTF-8.
(show (string<? "z" "é" "λ" "中"))
(display "display writes the bytes: ")
(display s)
(newline)
