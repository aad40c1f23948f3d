;; %c-call: a C function called with six raw words, the stack aligned for the C ABI. Here the
;; function's address is a fixnum argument, as the host hooks hand them to the image.
(define (call-host fn a b) (%c-call fn a b 0 0 0 0))
