//! Print the IR and listing of a file (a development aid until image-builder links).
fn main() {
    let f = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&f).unwrap();
    print!("{}", bootstrap::pipeline::dump_after(&f, &text, "t", "generate-ir").unwrap());
    let c = bootstrap::pipeline::compile_file(&f, &text, "t").unwrap();
    let mut s = String::new();
    for code in &c.code { bootstrap::codegen::x64::listing::listing(code, Some(&c.module), &mut s); }
    print!("{s}");
}
