package vn.genderstats.testing;

import java.nio.file.Path;

/**
 * Writes a small hand-checked inbox: five communes of Trùng Khánh district (Cao Bằng) and the district
 * itself, year 2024, with one form whose unit code was left empty. (The committed {@code sample-input/} is
 * larger and generated: see its README.)
 *
 * <p>The figures are chosen so that the district's sex ratio at birth (sum of boys ÷ sum of girls)
 * differs from the mean of its communes' ratios, and likewise for the share of bodies.
 */
public final class SampleInputWriter {

    public static void write(Path inbox) throws Exception {
        Forms.commune("01477", "Thị trấn Trùng Khánh").births(62, 55).bodies(2, 1)
                .with("TRAINING_COURSES", 3).with("TRAINING_PARTICIPANTS.M", 41).with("TRAINING_PARTICIPANTS.F", 57)
                .with("TRAINING_PARTICIPANTS.T", 98)
                .writeTo(inbox.resolve("01477-thi-tran-trung-khanh/bao-cao-bdg-2024.xlsx"));
        Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0)
                .with("TRAINING_COURSES", 1).with("TRAINING_PARTICIPANTS.M", 12).with("TRAINING_PARTICIPANTS.F", 19)
                .with("TRAINING_PARTICIPANTS.T", 31)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao-bdg-2024.xlsx"));
        Forms.commune("01501", "Xã Chí Viễn").births(21, 22).bodies(2, 1)
                .writeTo(inbox.resolve("01501-xa-chi-vien/bao-cao-bdg-2024.xlsx"));
        Forms.commune("01525", "Xã Đoài Dương").births(25, 20).bodies(2, 2)
                .with("TRAINING_COURSES", 2).with("TRAINING_PARTICIPANTS.M", 20).with("TRAINING_PARTICIPANTS.F", 26)
                .with("TRAINING_PARTICIPANTS.T", 46)
                .writeTo(inbox.resolve("01525-xa-doai-duong/bao-cao-bdg-2024.xlsx"));
        Forms.commune("01447", "Thị trấn Trà Lĩnh").births(40, 38).bodies(2, 1)
                .writeTo(inbox.resolve("01447-thi-tran-tra-linh/bao-cao-bdg-2024.xlsx"));
        Forms.district("047", "Huyện Trùng Khánh").bodies(2, 2)
                .with("TRAINING_COURSES", 4).with("TRAINING_PARTICIPANTS.M", 60).with("TRAINING_PARTICIPANTS.F", 75)
                .with("TRAINING_PARTICIPANTS.T", 135)
                .writeTo(inbox.resolve("047-huyen-trung-khanh/bao-cao-bdg-2024.xlsx"));
        // Deliberately flawed: the clerk left "Mã đơn vị" empty.
        Forms.commune("", "Xã Ngọc Khê").births(14, 13).bodies(2, 1)
                .writeTo(inbox.resolve("01480-xa-ngoc-khe/bao-cao-bdg-2024.xlsx"));
    }
}
