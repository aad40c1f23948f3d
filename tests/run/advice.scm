;; Advice: before, after and around advice on the program's procedures and on system ones
;; (the reader, display, reverse), stacking, unadvise, errors in advice, redefinition of an
;; advised procedure, and the refusals (the collector's procedures: advice allocates).
;; expect-stdout:
;; | around before 4
;; | after (16 4)
;; | 160
;; | around before 1
;; | after (1 1)
;; | 11
;; | around before 2
;; | after (4 2)
;; | (40)
;; | adv-square
;; | (9 10)
;; | values (1 2)
;; | 3
;; | read (a (b c))
;; | read 42
;; | read #<eof>
;; | ((a (b c)) 42 #<eof>)
;; | quiet
;; | [display]hi
;; | (advice failed on (2))
;; | reverse (1 2 3)
;; | (3 2 1)
;; | new
;; | new
;; | advise: %collect cannot be advised: it is part of the collector (runtime/gc.vvm), which must not allocate, and advice allocates
;; | advise: %gc-scan-object cannot be advised: it is part of the collector (runtime/gc.vvm), which must not allocate, and advice allocates
;; | advise: %rest-list cannot be advised: the collector, or an allocation, or an advice wrapper calls it, and advice allocates
;; | advise: %advice-run cannot be advised: it is part of advice itself
;; | advise: adv-undefined is not defined
;; | advise: p is not a procedure:
;; | advise: the kind of advice is before, after or around, not

(define (adv-square x) (* x x))
(define (adv-caller y) (+ (adv-square y) 1))

;; before, after and around stack: the last added is the outermost.
(advise 'adv-square 'before (lambda (x) (display "before ") (display x) (newline)))
(advise 'adv-square 'after (lambda (r x) (display "after ") (display (list r x)) (newline)))
(advise 'adv-square 'around (lambda (original x) (display "around ") (* 10 (original (+ x 1)))))
(display (adv-square 3)) (newline)
;; Every caller sees the advice: callers compiled before it, and users of the procedure value.
(display (adv-caller 0)) (newline)
(display (map adv-square '(1))) (newline)
;; Reflection sees through the wrappers.
(display (procedure-name adv-square)) (newline)
;; unadvise restores the original.
(unadvise 'adv-square)
(display (list (adv-square 3) (adv-caller 3))) (newline)

;; After advice gets several values as a list; the caller still gets the values.
(define (adv-two) (values 1 2))
(advise 'adv-two 'after (lambda (r) (display "values ") (write r) (newline)))
(call-with-values adv-two (lambda (a b) (display (+ a b)) (newline)))
(unadvise 'adv-two)

;; System procedures: trace the reader. read calls itself, and the advice uses write: calls
;; made while advice runs are not advised.
(advise 'read 'after (lambda (datum . port) (display "read ") (write datum) (newline)))
(define p (open-input-string "(a (b c)) 42"))
(let* ((a (read p)) (b (read p)) (c (read p))) (write (list a b c)) (newline))
(unadvise 'read)
(write (read (open-input-string "quiet"))) (newline)
;; display advised while advice displays.
(advise 'display 'before (lambda args (write-string "[display]")))
(display "hi") (newline)
(unadvise 'display)

;; An error in advice leaves it like any error; advice still works afterwards.
(advise 'adv-square 'before (lambda (x) (error "advice failed on" x)))
(display (guard (e (#t (list (error-object-message e) (error-object-irritants e)))) (adv-square 2)))
(newline)
(unadvise 'adv-square)
(advise 'reverse 'before (lambda (l) (display "reverse ") (write l) (newline)))
(write (reverse '(1 2 3))) (newline)
(unadvise 'reverse)

;; Redefining an advised procedure replaces it and its advice.
(define (adv-f x) 'old)
(advise 'adv-f 'before (lambda (x) (display "advice of the old adv-f\n")))
(define (adv-f x) 'new)
(write (adv-f 0)) (newline)
(unadvise 'adv-f)
(write (adv-f 0)) (newline)

;; Refused: the collector's procedures (they must not allocate; advice does), advice's own,
;; what is not a defined procedure, and a bad kind.
(define (refusal thunk)
  (display (guard (e (#t (error-object-message e))) (thunk) "accepted"))
  (newline))
(refusal (lambda () (advise '%collect 'before (lambda args #f))))
(refusal (lambda () (advise '%gc-scan-object 'after (lambda args #f))))
(refusal (lambda () (advise '%rest-list 'before (lambda args #f))))
(refusal (lambda () (advise '%advice-run 'before (lambda args #f))))
(refusal (lambda () (advise 'adv-undefined 'before (lambda args #f))))
(refusal (lambda () (advise 'p 'before (lambda args #f))))
(refusal (lambda () (advise 'adv-square 'during (lambda args #f))))
