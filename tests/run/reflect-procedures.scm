;; Reflection: procedure-name, procedure-location, procedure-source, procedure-ir and
;; disassemble, on this program's procedures (image code when run ahead of time, run-time code
;; under vvm FILE: the answers are the same), on the image's runtime and compiler, and on the
;; code eval compiles.
;; expect-stdout:
;; | (refl-inc refl-double refl-adder refl-adder.lambda)
;; | ("tests/run/reflect-procedures.scm" 56)
;; | ("tests/run/reflect-procedures.scm" 58)
;; | (define (refl-double x) (* 2 (refl-inc x)))
;; | (lambda (x) (+ x n))
;; | function refl-double (required 1, free 0) ; tests/run/reflect-procedures.scm:56:1
;; |      0  enter 1                          ; 56:1
;; |      1  arg 0                            ; 56:40
;; |      2  push                             ; 56:40
;; |      3  global refl-inc                  ; 56:31
;; |      4  call 1                           ; 56:30
;; |      5  push                             ; 56:30
;; |      6  const 2                          ; 56:28
;; |      7  prim *                           ; 56:25
;; |      8  return                           ; 56:25
;; | function refl-adder (required 1, free 0) ; tests/run/reflect-procedures.scm:57:1
;; |      0  enter 1                          ; 57:1
;; |      1  arg 0                            ; 58:3
;; |      2  push                             ; 58:3
;; |      3  closure refl-adder.lambda 1      ; 58:3
;; |      4  return                           ; 58:3
;; | function refl-double
;; | push rbp
;; | mov rbp, rsp
;; | push rbx
;; | mov rax, 0  ; symbol refl-inc
;; | mov rax, 0  ; symbol refl-inc
;; | function refl-adder
;; | push rbp
;; | mov rdx, 0  ; code refl-adder.lambda
;; | (car reverse %generate-ir)
;; | ("src-vvm/runtime/primitives.vvm" 5)
;; | (define (car p) (car p))
;; | (define (%generate-ir unit))
;; | function car (required 1, free 0) ; src-vvm/runtime/primitives.vvm:5:1
;; |      0  enter 1                          ; 5:1
;; |      1  arg 0                            ; 5:22
;; |      2  prim car                         ; 5:17
;; |      3  return                           ; 5:17
;; | function car
;; | push rbp
;; | mov rbp, rsp
;; | mov rax, 0  ; symbol %type-error
;; | refl-evaluated
;; | ("eval" 1)
;; | (define (refl-evaluated y) (list y y))
;; | expected a procedure, got
;; | expected a procedure, got

(define (refl-inc x) (+ x 1))
(define (refl-double x) (* 2 (refl-inc x)))
(define (refl-adder n)
  (lambda (x) (+ x n)))
(define refl-add5 (refl-adder 5))

;; The lines of what `thunk` prints on the port it is given.
(define (printed-lines thunk)
  (let ((out (open-output-string)))
    (thunk out)
    (let ((s (get-output-string out)))
      (let loop ((i 0) (start 0) (acc '()))
        (cond ((= i (string-length s)) (reverse acc))
              ((eqv? (string-ref s i) #\newline)
               (loop (+ i 1) (+ i 1) (cons (substring s start i) acc)))
              (else (loop (+ i 1) start acc)))))))

;; Whether string `part` occurs in `s` (without allocating: the GC stress run collects at every
;; allocation).
(define (contains? s part)
  (let ((n (string-length s)) (m (string-length part)))
    (let loop ((i 0))
      (and (<= (+ i m) n)
           (or (let same ((j 0))
                 (or (= j m)
                     (and (eqv? (string-ref s (+ i j)) (string-ref part j)) (same (+ j 1)))))
               (loop (+ i 1)))))))

;; The instruction of a listing line ("  OFFSET  BYTES  INSTRUCTION"), without the offset and
;; bytes, which change with the code generator.
(define (instruction line)
  (if (> (string-length line) 39) (substring line 39 (string-length line)) line))

;; Print the header and the first `k` instructions of the listing of `proc`, then the
;; instructions that contain `part`.
(define (show-listing proc k part)
  (let ((lines (printed-lines (lambda (port) (disassemble proc port)))))
    (display (car lines))
    (newline)
    (let loop ((ls (cdr lines)) (i 0))
      (if (and (pair? ls) (< i k))
          (begin (display (instruction (car ls))) (newline) (loop (cdr ls) (+ i 1)))))
    (for-each (lambda (l) (if (contains? l part) (begin (display (instruction l)) (newline))))
              (cdr lines))))

;; Procedures of this program: compiled by image-builder into the image (run ahead of time) or
;; by the compiler in the image (vvm FILE); reflection answers the same.
(write (map procedure-name (list refl-inc refl-double refl-adder refl-add5))) (newline)
(write (procedure-location refl-double)) (newline)
(write (procedure-location refl-add5)) (newline)
(write (procedure-source refl-double)) (newline)
(write (procedure-source refl-add5)) (newline)
(display (procedure-ir refl-double))
(display (procedure-ir refl-adder))
(show-listing refl-double 3 "; symbol refl-inc")
(show-listing refl-adder 1 "; code")

;; Procedures of the image's runtime and compiler: their source is read from src-vvm/ and
;; compiled again, and accepted because it gives the same bytes as the live code.
(write (map procedure-name (list car reverse %generate-ir))) (newline)
(write (procedure-location car)) (newline)
(write (procedure-source car)) (newline)
(write (list (car (procedure-source %generate-ir)) (cadr (procedure-source %generate-ir)))) (newline)
(display (procedure-ir car))
(show-listing car 2 "; symbol %type-error")

;; Code compiled by eval keeps its metadata too.
(eval '(define (refl-evaluated y) (list y y)))
(write (procedure-name refl-evaluated)) (newline)
(write (procedure-location refl-evaluated)) (newline)
(write (procedure-source refl-evaluated)) (newline)

;; Not a procedure: a type error.
(display (guard (e (#t (error-object-message e))) (procedure-name 42))) (newline)
(display (guard (e (#t (error-object-message e))) (disassemble "car"))) (newline)
