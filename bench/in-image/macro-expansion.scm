;;; Macro expansion time against the size of the expression: (compile FORM) of a use of a
;;; syntax-rules macro over N elements, beside the same expression written out, for N = 1000
;;; to 16000. Prints "macro-expansion N MACRO-NS PLAIN-NS" (medians of RUNS, default 9) per N;
;;; expansion is linear when MACRO-NS - PLAIN-NS grows as N. Run from the repository root:
;;; target/release/vvm bench/in-image/macro-expansion.scm [RUNS]

(eval '(define-syntax quote-all
         (syntax-rules ()
           ((_ (k v) ...) (list (cons 'k v) ...)))))

(define (insert x sorted)
  (cond ((null? sorted) (list x))
        ((<= x (car sorted)) (cons x sorted))
        (else (cons (car sorted) (insert x (cdr sorted))))))

(define (median-ns form runs)
  (let loop ((i 0) (times '()))
    (if (< i runs)
        (let* ((t0 (%clock-ns))
               (p (compile form))
               (t1 (%clock-ns)))
          (loop (+ i 1) (insert (- t1 t0) times)))
        (list-ref times (quotient runs 2)))))

(define (pairs n)
  (let loop ((i n) (acc '()))
    (if (= i 0) acc (loop (- i 1) (cons (list (string->symbol (string-append "k" (number->string i))) i) acc)))))

(define runs
  (let ((args (command-line)))
    (if (and (pair? args) (pair? (cdr args))) (string->number (cadr args)) 9)))

(for-each
 (lambda (n)
   (let* ((ps (pairs n))
          (macro-form (cons 'quote-all ps))
          (plain-form (cons 'list (map (lambda (p) (list 'cons (list 'quote (car p)) (cadr p))) ps))))
     (display "macro-expansion ") (display n) (display " ")
     (display (median-ns macro-form runs)) (display " ")
     (display (median-ns plain-form runs)) (newline)))
 '(1000 2000 4000 8000 16000))
