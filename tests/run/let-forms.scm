;; let (parallel binding), let*, letrec, letrec*, named let, empty bindings, shadowing.
;; expect-stdout:
;; | 3
;; | 1
;; | 2
;; | 3628800
;; | (2 1 0)
;; | 5
;; | outer
;; | (1 2)
;; | 7
;; | local
;; | global
;; | (3 2 1)

(define (show x) (write x) (newline))
(show (let ((x 1) (y 2)) (+ x y)))
(show (let ((x 1)) (let ((x 2) (y x)) y)))
(show (let* ((x 1) (y (+ x 1))) (* x y)))
(show (letrec ((fact (lambda (n) (if (= n 0) 1 (* n (fact (- n 1))))))) (fact 10)))
(show (let loop ((i 0) (acc '())) (if (= i 3) acc (loop (+ i 1) (cons i acc)))))
(show (let () 5))
(show (let ((x 'outer)) (let ((f (lambda () x))) (let ((x 'inner)) (f)))))
(show (letrec* ((a 1) (b (+ a 1))) (list a b)))
(show (let* () 7))
(define x 'global)
(show (let ((x 'local)) x))
(show x)
(show (let* ((x 1) (y (list x)) (x 2) (y (cons x y)) (x 3)) (cons x y)))
